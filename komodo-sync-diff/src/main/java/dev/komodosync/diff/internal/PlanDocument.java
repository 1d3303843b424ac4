package dev.komodosync.diff.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.ChangeAction;
import dev.komodosync.diff.DeployPlan;
import dev.komodosync.diff.FieldChange;
import dev.komodosync.diff.Plan;
import dev.komodosync.diff.ResolvedPermission;
import dev.komodosync.diff.ResourceChange;
import dev.komodosync.diff.UserGroupChange;
import dev.komodosync.diff.VariableChange;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.meta.RecordType;
import dev.komodosync.model.meta.ValueType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The plan JSON document of formats §2, built as a tree with its keys in the documented order,
 * and the plan fingerprint. Not API: {@code PlanJson} renders it.
 */
public final class PlanDocument {

    /** The version of the plan JSON format. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ValueType PERMISSIONS = new ValueType.ListType(RecordType.of(ResolvedPermission.class));
    private static final ValueType ALL = RecordType.of(UserGroup.class).field("all").orElseThrow().type();

    private PlanDocument() {}

    /** The whole document of a plan and its diagnostics. */
    public static ObjectNode of(Plan plan, List<Diagnostic> diagnostics) {
        ObjectNode document = NODES.objectNode();
        document.put("format_version", FORMAT_VERSION);
        document.put("fingerprint", fingerprint(plan));
        Plan.Summary summary = plan.summary();
        ObjectNode counts = document.putObject("summary");
        counts.put("create", summary.create());
        counts.put("update", summary.update());
        counts.put("delete", summary.delete());
        counts.put("deploy", summary.deploy());
        counts.put("variables", summary.variables());
        counts.put("user_groups", summary.userGroups());
        document.set("diagnostics", diagnostics(diagnostics));
        document.set("resources", resources(plan, ValueJson.Secrets.MASK, true));
        document.set("variables", variables(plan, ValueJson.Secrets.MASK));
        document.set("user_groups", userGroups(plan, ValueJson.Secrets.MASK));
        ObjectNode deploys = document.putObject("deploys");
        deploys.set("stages", stages(plan.deploys(), true));
        ArrayNode skipped = deploys.putArray("skipped");
        for (DeployPlan.SkippedDeploy skip : plan.deploys().skipped()) {
            ObjectNode entry = skipped.addObject();
            entry.put("kind", skip.kind().key());
            entry.put("name", skip.name());
            entry.put("reason", skip.reason());
        }
        return document;
    }

    /** The document of a run with errors: its format version and diagnostics, nothing else. */
    public static ObjectNode ofErrors(List<Diagnostic> diagnostics) {
        ObjectNode document = NODES.objectNode();
        document.put("format_version", FORMAT_VERSION);
        document.set("diagnostics", diagnostics(diagnostics));
        return document;
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the RFC 8785 canonical JSON of the plan's actions:
     * resources without locations, variables, user groups and deploy stages without reasons, each
     * secret replaced by the digest of its value.
     */
    public static String fingerprint(Plan plan) {
        ObjectNode actions = NODES.objectNode();
        actions.set("resources", resources(plan, ValueJson.Secrets.DIGEST, false));
        actions.set("variables", variables(plan, ValueJson.Secrets.DIGEST));
        actions.set("user_groups", userGroups(plan, ValueJson.Secrets.DIGEST));
        actions.putObject("deploys").set("stages", stages(plan.deploys(), false));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.write(actions).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
        ArrayNode array = NODES.arrayNode();
        for (Diagnostic diagnostic : diagnostics) {
            ObjectNode entry = array.addObject();
            entry.put("severity", diagnostic.severity().label());
            entry.put("code", diagnostic.code().code());
            entry.put("message", diagnostic.message());
            diagnostic.location().ifPresent(location -> {
                entry.put("file", location.file());
                entry.put("line", location.line());
                entry.put("column", location.column());
            });
            diagnostic.hint().ifPresent(hint -> entry.put("hint", hint));
        }
        return array;
    }

    private static ArrayNode resources(Plan plan, ValueJson.Secrets secrets, boolean locations) {
        ArrayNode array = NODES.arrayNode();
        for (ResourceChange change : plan.resources()) {
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
                proposed.set("config", ValueJson.toJson(create.kind().configType(), resource.config(), secrets));
            }
        }
        return array;
    }

    private static ArrayNode variables(Plan plan, ValueJson.Secrets secrets) {
        ArrayNode array = NODES.arrayNode();
        for (VariableChange change : plan.variables()) {
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

    private static ArrayNode userGroups(Plan plan, ValueJson.Secrets secrets) {
        ArrayNode array = NODES.arrayNode();
        for (UserGroupChange change : plan.userGroups()) {
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
            entry.set("from", ValueJson.toJson(change.type(), change.from(), secrets));
            entry.set("to", ValueJson.toJson(change.type(), change.to(), secrets));
        }
        return array;
    }

    private static ArrayNode stages(DeployPlan deploys, boolean reasons) {
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
