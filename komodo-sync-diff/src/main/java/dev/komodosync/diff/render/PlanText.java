package dev.komodosync.diff.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.internal.FieldChanges;
import dev.komodosync.diff.render.internal.LineDiff;
import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.SourceOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan for people, in the manner of {@code terraform plan}: {@code -} deletes (listed first),
 * {@code +} creates, {@code ~} updates with each changed value {@code old → new} (multi-line
 * text as a line diff), variable and user-group changes, deploy stages with their reasons and the
 * targets that will not deploy, and a summary line ({@code Plan: 2 to create, 1 to update,
 * 37 to delete, 3 to deploy.}). Secrets show as {@code ***}. With {@code color}, ANSI colours
 * mark additions, removals and changes; without, the text is plain.
 */
public final class PlanText {

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean color;
    private final StringBuilder out = new StringBuilder();

    private PlanText(boolean color) {
        this.color = color;
    }

    /** A planning run: its plan, or that there is none because of errors. */
    public static String render(PlanResult result, boolean color) {
        return result.plan().map(plan -> render(plan, color)).orElseGet(() -> {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            return "No plan: " + errors + " error" + (errors == 1 ? "" : "s") + " (see the diagnostics).\n";
        });
    }

    /** A plan. */
    public static String render(Plan plan, boolean color) {
        PlanText text = new PlanText(color);
        text.plan(plan);
        return text.out.toString();
    }

    /**
     * A plan made from files of {@code origin}: a {@code Source: } header line
     * ({@code Source: git https://example.com/ops/sync.git main @ 1a2b3c4d5e6f: Add immich}), then the plan.
     */
    public static String render(Plan plan, boolean color, SourceOrigin origin) {
        return "Source: " + origin.describe() + "\n\n" + render(plan, color);
    }

    private void plan(Plan plan) {
        if (!plan.hasChanges()) {
            out.append("No changes. Komodo matches the declarations.\n");
            skipped(plan.deploys());
            return;
        }
        if (!plan.resources().isEmpty()) {
            heading("Resources");
            plan.resources().stream().filter(c -> c.action() == ChangeAction.DELETE).forEach(this::resource);
            plan.resources().stream().filter(c -> c.action() != ChangeAction.DELETE).forEach(this::resource);
        }
        if (!plan.variables().isEmpty()) {
            heading("Variables");
            plan.variables().forEach(v -> change(v.action(), "variable " + ShownText.line(v.name()), "", v.changes()));
        }
        if (!plan.userGroups().isEmpty()) {
            heading("User groups");
            plan.userGroups().forEach(g -> change(g.action(), "user group " + ShownText.line(g.name()), "", g.changes()));
        }
        if (plan.deploys().count() > 0 || !plan.deploys().skipped().isEmpty()) {
            heading("Deploys");
            List<List<DeployPlan.Deploy>> stages = plan.deploys().stages();
            for (int i = 0; i < stages.size(); i++) {
                out.append("  ").append(paint(BOLD, "stage " + (i + 1))).append('\n');
                for (DeployPlan.Deploy deploy : stages.get(i)) {
                    out.append("    ").append(paint(GREEN, "▶")).append(' ').append(deploy.kind().key()).append(' ')
                            .append(ShownText.line(deploy.name())).append(": ").append(ShownText.line(deploy.reason()));
                    if (!deploy.after().isEmpty()) {
                        out.append(paint(DIM, " (after " + ShownText.line(String.join(", ", deploy.after())) + ")"));
                    }
                    out.append('\n');
                }
            }
            skipped(plan.deploys());
        }
        out.append('\n').append(summary(plan.summary())).append('\n');
    }

    private void skipped(DeployPlan deploys) {
        if (deploys.skipped().isEmpty()) {
            return;
        }
        out.append("  ").append(paint(BOLD, "not deploying")).append('\n');
        for (DeployPlan.SkippedDeploy skip : deploys.skipped()) {
            out.append("    ").append(paint(DIM, "·")).append(' ').append(skip.kind().key()).append(' ')
                    .append(ShownText.line(skip.name())).append(": ").append(ShownText.line(skip.reason())).append('\n');
        }
    }

    private void heading(String title) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(paint(BOLD, title + ":")).append('\n');
    }

    private void resource(ResourceChange change) {
        String where = change.location().map(l -> "  " + paint(DIM, "(" + ShownText.line(l.file()) + ":" + l.line() + ")")).orElse("");
        List<FieldChange> changes = change instanceof ResourceChange.Update update ? update.changes() : List.of();
        change(change.action(), change.kind().key() + " " + ShownText.line(change.name()), where, changes);
    }

    private void change(ChangeAction action, String subject, String where, List<FieldChange> changes) {
        String marker = switch (action) {
            case CREATE -> paint(GREEN, "+");
            case UPDATE -> paint(YELLOW, "~");
            case DELETE -> paint(RED, "-");
        };
        out.append("  ").append(marker).append(' ').append(subject).append(where).append('\n');
        changes.forEach(this::field);
    }

    private void field(FieldChange change) {
        Object from = change.from();
        Object to = change.to();
        if (from instanceof String before && to instanceof String after && (before.contains("\n") || after.contains("\n"))) {
            out.append("      ").append(ShownText.line(change.path())).append(":\n");
            for (LineDiff.Line line : LineDiff.diff(before, after)) {
                switch (line.kind()) {
                    case SAME -> out.append("          ").append(ShownText.line(line.text())).append('\n');
                    case REMOVED -> out.append("        ").append(paint(RED, "- " + ShownText.line(line.text()))).append('\n');
                    case ADDED -> out.append("        ").append(paint(GREEN, "+ " + ShownText.line(line.text()))).append('\n');
                }
            }
            return;
        }
        out.append("      ").append(ShownText.line(change.path())).append(": ")
                .append(paint(RED, value(FieldChanges.type(change), from))).append(" → ")
                .append(paint(GREEN, value(FieldChanges.type(change), to))).append('\n');
    }

    private static String value(ValueType type, Object value) {
        JsonNode json = ValueJson.toJson(type, value, ValueJson.Secrets.MASK);
        return ShownText.line(JsonText.compact(json));
    }

    /** {@code Plan: 1 to create, 2 to update, 0 to delete, 3 to deploy; 1 variable, 1 user group.} */
    static String summary(Plan.Summary summary) {
        List<String> others = new ArrayList<>();
        if (summary.variables() > 0) {
            others.add(summary.variables() + " variable" + (summary.variables() == 1 ? "" : "s") + " to change");
        }
        if (summary.userGroups() > 0) {
            others.add(summary.userGroups() + " user group" + (summary.userGroups() == 1 ? "" : "s") + " to change");
        }
        return "Plan: " + summary.create() + " to create, " + summary.update() + " to update, " + summary.delete()
                + " to delete, " + summary.deploy() + " to deploy" + (others.isEmpty() ? "" : "; " + String.join(", ", others))
                + ".";
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
