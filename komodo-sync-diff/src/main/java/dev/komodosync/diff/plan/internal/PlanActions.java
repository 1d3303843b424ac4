package dev.komodosync.diff.plan.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.ResolvedPermission;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.HexFormat;
import java.util.List;

/**
 * A plan's actions as JSON trees (formats §2): the members of the plan document that say what
 * apply does — resources, variables, user groups, deploy stages — and the fingerprint over them.
 * The fingerprint is made from these trees (without locations and reasons, secrets as digests);
 * the plan document ({@code render.internal.PlanDocument}) writes the same members as a stream,
 * with locations, reasons and masked secrets, and its tests hold it to these trees built that way.
 * Built from a plan's parts, so that {@code Plan} can name its own fingerprint without this class
 * knowing {@code Plan}. Not API.
 */
public final class PlanActions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ValueType PERMISSIONS = new ValueType.ListType(RecordType.of(ResolvedPermission.class));
    private static final ValueType ALL = RecordType.of(UserGroup.class).field("all").orElseThrow().type();

    private PlanActions() {}

    /**
     * {@code sha256:} and the hex SHA-256 of the RFC 8785 canonical JSON of a plan's actions:
     * resources without locations, variables, user groups and deploy stages without reasons, each
     * secret replaced by the digest of its value.
     */
    public static String fingerprint(
            List<ResourceChange> resources, List<VariableChange> variables, List<UserGroupChange> userGroups,
            DeployPlan deploys) {
        ObjectNode actions = NODES.objectNode();
        actions.set("resources", resources(resources, ValueJson.Secrets.DIGEST, false));
        actions.set("variables", variables(variables, ValueJson.Secrets.DIGEST));
        actions.set("user_groups", userGroups(userGroups, ValueJson.Secrets.DIGEST));
        actions.putObject("deploys").set("stages", stages(deploys, false));
        byte[] digest = CanonicalJson.sha256(actions);
        return "sha256:" + HexFormat.of().formatHex(digest);
    }

    /** The resource changes; with {@code locations}, each with its file and line. */
    public static ArrayNode resources(List<ResourceChange> resources, ValueJson.Secrets secrets, boolean locations) {
        ArrayNode array = NODES.arrayNode();
        for (ResourceChange change : resources) {
            ObjectNode entry = array.addObject();
            entry.put("kind", change.kind().key());
            entry.put("name", change.name());
            entry.put("action", change.action().label());
            if (locations) {
                change.location().ifPresent(location -> {
                    entry.put("file", location.file());
                    entry.put("line", location.line());
                });
            }
            if (change instanceof ResourceChange.Update update) {
                entry.set("changes", changes(update.changes(), secrets));
            }
            if (!locations && change instanceof ResourceChange.Create create) {
                // What a create writes is part of the action: another config is another plan.
                var resource = create.declared().resource();
                ObjectNode proposed = entry.putObject("proposed");
                proposed.put("description", resource.description());
                proposed.put("template", resource.template());
                ArrayNode tags = proposed.putArray("tags");
                resource.tags().forEach(tags::add);
                proposed.set("config", ValueJson.toJson(ConfigTypes.of(create.kind().configClass()), resource.config(), secrets));
            }
        }
        return array;
    }

    /** The variable changes. */
    public static ArrayNode variables(List<VariableChange> variables, ValueJson.Secrets secrets) {
        ArrayNode array = NODES.arrayNode();
        for (VariableChange change : variables) {
            ObjectNode entry = array.addObject();
            entry.put("name", change.name());
            entry.put("action", change.action().label());
            if (!change.changes().isEmpty()) {
                entry.set("changes", changes(change.changes(), secrets));
            } else if (change.action() == ChangeAction.CREATE && secrets == ValueJson.Secrets.DIGEST) {
                // What a create writes is part of the action: a changed secret changes the fingerprint.
                ObjectNode proposed = entry.putObject("proposed");
                proposed.put("value", change.variable().value().digest());
                proposed.put("description", change.variable().description());
                proposed.put("is_secret", change.variable().secret());
            }
        }
        return array;
    }

    /** The user-group changes. */
    public static ArrayNode userGroups(List<UserGroupChange> userGroups, ValueJson.Secrets secrets) {
        ArrayNode array = NODES.arrayNode();
        for (UserGroupChange change : userGroups) {
            ObjectNode entry = array.addObject();
            entry.put("name", change.name());
            entry.put("action", change.action().label());
            if (!change.changes().isEmpty()) {
                entry.set("changes", changes(change.changes(), secrets));
            }
            if (change.action() == ChangeAction.CREATE && secrets == ValueJson.Secrets.DIGEST) {
                ObjectNode proposed = entry.putObject("proposed");
                change.group().ifPresent(group -> {
                    proposed.put("everyone", group.everyone());
                    ArrayNode users = proposed.putArray("users");
                    group.users().stream().sorted().forEach(users::add);
                    proposed.set("all", ValueJson.toJson(ALL, group.all(), secrets));
                });
                proposed.set("permissions", ValueJson.toJson(PERMISSIONS, change.permissions(), secrets));
            }
        }
        return array;
    }

    private static ArrayNode changes(List<FieldChange> changes, ValueJson.Secrets secrets) {
        ArrayNode array = NODES.arrayNode();
        for (FieldChange change : changes) {
            ObjectNode entry = array.addObject();
            entry.put("path", change.path());
            entry.set("from", ValueJson.toJson(FieldChanges.type(change), change.from(), secrets));
            entry.set("to", ValueJson.toJson(FieldChanges.type(change), change.to(), secrets));
        }
        return array;
    }

    /** The deploy stages; with {@code reasons}, each deploy with its reason. */
    public static ArrayNode stages(DeployPlan deploys, boolean reasons) {
        ArrayNode stages = NODES.arrayNode();
        for (List<DeployPlan.Deploy> stage : deploys.stages()) {
            ArrayNode entries = stages.addArray();
            for (DeployPlan.Deploy deploy : stage) {
                ObjectNode entry = entries.addObject();
                entry.put("kind", deploy.kind().key());
                entry.put("name", deploy.name());
                if (reasons) {
                    entry.put("reason", deploy.reason());
                }
                if (!deploy.after().isEmpty()) {
                    ArrayNode after = entry.putArray("after");
                    deploy.after().forEach(after::add);
                }
            }
        }
        return stages;
    }
}
