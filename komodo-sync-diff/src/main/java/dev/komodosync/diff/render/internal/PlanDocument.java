package dev.komodosync.diff.render.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.internal.PlanActions;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.meta.internal.ValueJson;
import java.util.List;

/**
 * The plan JSON document of formats §2, built as a tree with its keys in the documented order.
 * Not API: {@code PlanJson} renders it.
 */
public final class PlanDocument {

    /** The version of the plan JSON format. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanDocument() {}

    /** The whole document of a plan and its diagnostics. */
    public static ObjectNode of(Plan plan, List<Diagnostic> diagnostics) {
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
        document.set("diagnostics", diagnostics(diagnostics));
        document.set("resources", PlanActions.resources(plan.resources(), ValueJson.Secrets.MASK, true));
        document.set("variables", PlanActions.variables(plan.variables(), ValueJson.Secrets.MASK));
        document.set("user_groups", PlanActions.userGroups(plan.userGroups(), ValueJson.Secrets.MASK));
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

    /** The document of a run with errors: its format version and diagnostics, nothing else. */
    public static ObjectNode ofErrors(List<Diagnostic> diagnostics) {
        ObjectNode document = NODES.objectNode();
        document.put("format_version", FORMAT_VERSION);
        document.set("diagnostics", diagnostics(diagnostics));
        return document;
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
}
