package dev.komodosync.client;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.apply.DeployOutcome;
import dev.komodosync.apply.KomodoApi;
import dev.komodosync.apply.KomodoApiException;
import dev.komodosync.apply.MetaUpdate;
import dev.komodosync.client.internal.ApiConfigs;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The applier's {@link KomodoApi} over Komodo Core's HTTP API, making exactly the requests
 * Komodo's own sync would (komodo-api §3): {@code Create<Kind>} with the declared config fields
 * then {@code UpdateResourceMeta}; updates as meta then only the changed top-level config fields;
 * references and targets by name; the variable and user-group calls of §3.1 and §3.6; deploys
 * through {@code /execute/Deploy} and {@code /execute/DeployStack}, followed with
 * {@code GetUpdate} until they complete.
 *
 * <p>A deploy fails as Komodo's sync judges it (§3.7): the execute call was refused, or the
 * completed Update holds a {@code Task Error} or {@code Spawn Error} log. With
 * {@link Builder#failOnAnyFailedLog(boolean)} any failed log counts (stricter than Komodo: a
 * container that did not start). Secrets are revealed only into request bodies; an error that
 * echoes one has it replaced by {@code ***}. Thread-safe.
 */
public final class HttpKomodoApi implements KomodoApi {

    private final KomodoClient client;
    private final Duration pollInterval;
    private final Duration deployTimeout;
    private final boolean failOnAnyFailedLog;

    private HttpKomodoApi(Builder builder) {
        this.client = builder.client;
        this.pollInterval = builder.pollInterval;
        this.deployTimeout = builder.deployTimeout;
        this.failOnAnyFailedLog = builder.failOnAnyFailedLog;
    }

    /** The API over {@code client} with the defaults: polls at most a second apart, 30 minutes a deploy, Komodo's judgement. */
    public static HttpKomodoApi of(KomodoClient client) {
        return builder(client).build();
    }

    /** A builder of the API over {@code client}. */
    public static Builder builder(KomodoClient client) {
        return new Builder(client);
    }

    @Override
    public void createResource(DeclaredResource<?> declared) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", declared.name());
        params.set("config", ApiConfigs.given(declared));
        write("Create" + declared.kind().variantName(), params, ApiConfigs.secrets(declared));
    }

    @Override
    public void updateResourceMeta(ResourceKind<?> kind, String name, MetaUpdate meta) throws KomodoApiException {
        ObjectNode params = client.params();
        ObjectNode target = params.putObject("target");
        target.put("type", kind.variantName());
        target.put("id", name);
        meta.description().ifPresent(d -> params.put("description", d));
        meta.template().ifPresent(t -> params.put("template", t));
        meta.tags().ifPresent(tags -> tags.forEach(params.putArray("tags")::add));
        write("UpdateResourceMeta", params, List.of());
    }

    @Override
    public void updateResource(DeclaredResource<?> declared, Set<String> fields) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("id", declared.name());
        params.set("config", ApiConfigs.only(ApiConfigs.full(declared), fields));
        write("Update" + declared.kind().variantName(), params, ApiConfigs.secrets(declared));
    }

    @Override
    public void deleteResource(ResourceKind<?> kind, String name) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("id", name);
        write("Delete" + kind.variantName(), params, List.of());
    }

    @Override
    public void createVariable(Variable variable) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", variable.name());
        params.put("value", variable.value().reveal());
        params.put("description", variable.description());
        params.put("is_secret", variable.secret());
        write("CreateVariable", params, List.of(variable.value().reveal()));
    }

    @Override
    public void updateVariableValue(String name, Secret value) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", name);
        params.put("value", value.reveal());
        write("UpdateVariableValue", params, List.of(value.reveal()));
    }

    @Override
    public void updateVariableDescription(String name, String description) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", name);
        params.put("description", description);
        write("UpdateVariableDescription", params, List.of());
    }

    @Override
    public void updateVariableIsSecret(String name, boolean secret) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", name);
        params.put("is_secret", secret);
        write("UpdateVariableIsSecret", params, List.of());
    }

    @Override
    public void deleteVariable(String name) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", name);
        write("DeleteVariable", params, List.of());
    }

    @Override
    public void createUserGroup(String name) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("name", name);
        write("CreateUserGroup", params, List.of());
    }

    @Override
    public void setUsersInUserGroup(String group, List<String> users) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("user_group", group);
        users.forEach(params.putArray("users")::add);
        write("SetUsersInUserGroup", params, List.of());
    }

    @Override
    public void setEveryoneUserGroup(String group, boolean everyone) throws KomodoApiException {
        ObjectNode params = client.params();
        params.put("user_group", group);
        params.put("everyone", everyone);
        write("SetEveryoneUserGroup", params, List.of());
    }

    @Override
    public void updatePermissionOnResourceType(String group, ResourceTargetVariant type, PermissionGrant grant)
            throws KomodoApiException {
        ObjectNode params = client.params();
        userTarget(params, group);
        params.put("resource_type", type.key());
        if (grant.specific().isEmpty()) {
            params.put("permission", grant.level().key());
        } else {
            params.set("permission", grant(params, grant));
        }
        write("UpdatePermissionOnResourceType", params, List.of());
    }

    @Override
    public void updatePermissionOnTarget(String group, ResourceTargetVariant type, String resource, PermissionGrant grant)
            throws KomodoApiException {
        ObjectNode params = client.params();
        userTarget(params, group);
        ObjectNode target = params.putObject("resource_target");
        target.put("type", type.key());
        target.put("id", resource);
        params.set("permission", grant(params, grant));
        write("UpdatePermissionOnTarget", params, List.of());
    }

    @Override
    public void deleteUserGroup(String name) throws KomodoApiException {
        // komodo-api §3.6: DeleteUserGroup takes the group's id only; a name fails.
        ObjectNode lookup = client.params();
        lookup.put("user_group", name);
        JsonNode group = call(() -> client.read("GetUserGroup", lookup), List.of());
        String id = group.path("_id").path("$oid").asText(group.path("id").asText(""));
        ObjectNode params = client.params();
        params.put("id", id);
        write("DeleteUserGroup", params, List.of());
    }

    @Override
    public DeployOutcome deploy(ResourceKind<?> kind, String name) throws KomodoApiException {
        ObjectNode params = client.params();
        String type;
        if (kind.variantName().equals("Stack")) {
            type = "DeployStack";
            params.put("stack", name);
            params.putArray("services");
            params.putNull("stop_time");
        } else {
            type = "Deploy";
            params.put("deployment", name);
            params.putNull("stop_signal");
            params.putNull("stop_time");
        }
        JsonNode update = call(() -> client.execute(type, params), List.of());
        return new DeployFollower(client, pollInterval, deployTimeout, failOnAnyFailedLog).follow(update);
    }

    private static void userTarget(ObjectNode params, String group) {
        ObjectNode user = params.putObject("user_target");
        user.put("type", "UserGroup");
        user.put("id", group);
    }

    private static ObjectNode grant(ObjectNode factory, PermissionGrant grant) {
        ObjectNode permission = factory.objectNode();
        permission.put("level", grant.level().key());
        ArrayNode specific = permission.putArray("specific");
        grant.specific().stream().map(SpecificPermission::key).forEach(specific::add);
        return permission;
    }

    private void write(String type, ObjectNode params, List<String> secrets) throws KomodoApiException {
        call(() -> client.write(type, params), secrets);
    }

    /** A call whose failure becomes Komodo's error text, with every secret sent replaced by {@code ***}. */
    static JsonNode call(Call call, List<String> secrets) throws KomodoApiException {
        try {
            return call.run();
        } catch (KomodoException e) {
            StringBuilder text = new StringBuilder(e.error());
            e.trace().forEach(cause -> text.append(": ").append(cause));
            String message = text.toString();
            for (String secret : secrets) {
                if (!secret.isEmpty()) {
                    message = message.replace(secret, Secret.MASK);
                }
            }
            throw new KomodoApiException(message);
        }
    }

    /** One HTTP call. */
    @FunctionalInterface
    interface Call {
        JsonNode run() throws KomodoException;
    }

    /** Builds an {@link HttpKomodoApi}; each setting is checked when given. */
    public static final class Builder {
        private final KomodoClient client;
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration deployTimeout = Duration.ofMinutes(30);
        private boolean failOnAnyFailedLog;

        private Builder(KomodoClient client) {
            this.client = requireNonNull(client, "client");
        }

        /**
         * The longest wait between {@code GetUpdate} polls of a running deploy (Komodo's TS client
         * waits 1 s each time; here the first poll comes after 50 ms and each next one twice as
         * late, up to this).
         */
        public Builder pollInterval(Duration value) {
            checkArgument(!value.isNegative(), "poll interval must not be negative: %s", value);
            this.pollInterval = value;
            return this;
        }

        /** How long a deploy may run before it counts as failed. */
        public Builder deployTimeout(Duration value) {
            checkArgument(!value.isNegative() && !value.isZero(), "deploy timeout must be positive: %s", value);
            this.deployTimeout = value;
            return this;
        }

        /** Whether any failed log fails a deploy (stricter than Komodo, which counts only Task/Spawn errors). */
        public Builder failOnAnyFailedLog(boolean value) {
            this.failOnAnyFailedLog = value;
            return this;
        }

        /** The API. */
        public HttpKomodoApi build() {
            return new HttpKomodoApi(this);
        }
    }
}
