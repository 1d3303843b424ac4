package dev.komodosync.diff.render.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.internal.FieldChanges;
import dev.komodosync.diff.plan.internal.PlanActions;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.SourceOrigin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan JSON document of formats §2 built as a Jackson tree, as {@code PlanJson} rendered it
 * until it wrote the document as a stream ({@link PlanDocument}): kept as the oracle the stream
 * is held to, byte for byte, under the same pretty printer.
 */
final class TreePlanDocument {

    private static final int FORMAT_VERSION = PlanDocument.FORMAT_VERSION;
    private static final int PER_FILE_AND_CODE = PlanDocument.PER_FILE_AND_CODE;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreePlanDocument() {}

    /** The whole document of a plan and its diagnostics. */
    static ObjectNode of(Plan plan, List<Diagnostic> diagnostics) {
        ObjectNode document = NODES.objectNode();
        document.put("format_version", FORMAT_VERSION);
        document.put("fingerprint", plan.fingerprint());
        Plan.Summary summary = plan.summary();
        ObjectNode counts = document.putObject("summary");
        counts.put("create", summary.create());
        counts.put("update", summary.update());
        counts.put("delete", summary.delete());
        counts.put("deploy", summary.deploy());
        counts.put("variables", summary.variables());
        counts.put("user_groups", summary.userGroups());
        putDiagnostics(document, diagnostics);
        ArrayNode resources = PlanActions.resources(plan.resources(), ValueJson.Secrets.MASK, true);
        for (int i = 0; i < plan.resources().size(); i++) {
            if (plan.resources().get(i) instanceof ResourceChange.Update update) {
                withMembers((ArrayNode) resources.get(i).get("changes"), update.changes());
            }
        }
        document.set("resources", resources);
        document.set("variables", PlanActions.variables(plan.variables(), ValueJson.Secrets.MASK));
        ArrayNode userGroups = PlanActions.userGroups(plan.userGroups(), ValueJson.Secrets.MASK);
        for (int i = 0; i < plan.userGroups().size(); i++) {
            if (userGroups.get(i).has("changes")) {
                withMembers((ArrayNode) userGroups.get(i).get("changes"), plan.userGroups().get(i).changes());
            }
        }
        document.set("user_groups", userGroups);
        ObjectNode deploys = document.putObject("deploys");
        deploys.set("stages", PlanActions.stages(plan.deploys(), true));
        ArrayNode skipped = deploys.putArray("skipped");
        for (DeployPlan.SkippedDeploy skip : plan.deploys().skipped()) {
            ObjectNode entry = skipped.addObject();
            entry.put("kind", skip.kind().key());
            entry.put("name", skip.name());
            entry.put("reason", skip.reason());
        }
        return document;
    }

    /**
     * Adds {@code members} to each change of a list or table: its changed members, each with its
     * {@code path} (formats §2's grammar, elements by index: {@code config.stages[1].executions[0]}),
     * its {@code action} ({@code update}, {@code create}, {@code delete} or {@code reorder}) and its
     * {@code from} and/or {@code to}. Not covered by the fingerprint, which the actions decide.
     */
    private static void withMembers(ArrayNode entries, List<FieldChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            FieldChange change = changes.get(i);
            if (!NestedDiff.isStructured(FieldChanges.type(change))) {
                continue;
            }
            ArrayNode members = ((ObjectNode) entries.get(i)).putArray("members");
            for (NestedDiff.Member member : ShownChanges.members(change, change.path())) {
                member(member, members);
            }
        }
    }

    private static void member(NestedDiff.Member member, ArrayNode members) {
        switch (member.kind()) {
            case CHANGED, LINES -> entry(members, member.jsonPath(), "update")
                    .<ObjectNode>set("from", json(member.type(), member.from())).set("to", json(member.type(), member.to()));
            case ORDER -> entry(members, member.jsonPath(), "reorder")
                    .<ObjectNode>set("from", json(member.type(), member.from())).set("to", json(member.type(), member.to()));
            case ADDED -> entry(members, member.jsonPath(), "create").set("to", json(member.type(), member.to()));
            case REMOVED -> entry(members, member.jsonPath(), "delete").set("from", json(member.type(), member.from()));
            case LIST -> {
                for (NestedDiff.Member element : ShownChanges.listElements(member)) {
                    member(element, members);
                }
            }
        }
    }

    private static ObjectNode entry(ArrayNode members, String path, String action) {
        ObjectNode entry = members.addObject();
        entry.put("path", path);
        entry.put("action", action);
        return entry;
    }

    private static JsonNode json(ValueType type, Object value) {
        return ValueJson.toJson(type, value, ValueJson.Secrets.MASK);
    }

    /** {@code document} with the {@code source} member right after {@code fingerprint}. */
    static ObjectNode withSource(ObjectNode document, SourceOrigin origin) {
        ObjectNode result = document.objectNode();
        for (Map.Entry<String, JsonNode> field : document.properties()) {
            result.set(field.getKey(), field.getValue());
            if (field.getKey().equals("fingerprint")) {
                ObjectNode source = result.putObject("source");
                source.put("type", origin.type().key());
                source.put("location", origin.location());
                origin.branch().ifPresent(branch -> source.put("branch", branch));
                origin.commit().ifPresent(commit -> source.put("commit", commit));
                origin.message().ifPresent(message -> source.put("message", message));
            }
        }
        return result;
    }

    /** The document of a run with errors: its format version and diagnostics, nothing else. */
    static ObjectNode ofErrors(List<Diagnostic> diagnostics) {
        ObjectNode document = NODES.objectNode();
        document.put("format_version", FORMAT_VERSION);
        putDiagnostics(document, diagnostics);
        return document;
    }

    /**
     * {@code diagnostics}, at most {@link #PER_FILE_AND_CODE} of one code in one file (as the text
     * output shows them), and when some are left out, {@code diagnostics_omitted}: how many of
     * each code in each file — so that one broken line of a million elements is a bounded document.
     */
    private static void putDiagnostics(ObjectNode document, List<Diagnostic> diagnostics) {
        ArrayNode array = document.putArray("diagnostics");
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            List<String> group = List.of(diagnostic.location().map(SourceLocation::file).orElse(""),
                    diagnostic.code().code());
            if (counts.merge(group, 1, Integer::sum) <= PER_FILE_AND_CODE) {
                addDiagnostic(array, diagnostic);
            }
        }
        ArrayNode omitted = null;
        for (Map.Entry<List<String>, Integer> group : counts.entrySet()) {
            if (group.getValue() > PER_FILE_AND_CODE) {
                omitted = omitted != null ? omitted : document.putArray("diagnostics_omitted");
                ObjectNode entry = omitted.addObject();
                if (!group.getKey().get(0).isEmpty()) {
                    entry.put("file", group.getKey().get(0));
                }
                entry.put("code", group.getKey().get(1));
                entry.put("count", group.getValue() - PER_FILE_AND_CODE);
            }
        }
    }

    private static void addDiagnostic(ArrayNode array, Diagnostic diagnostic) {
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
}
