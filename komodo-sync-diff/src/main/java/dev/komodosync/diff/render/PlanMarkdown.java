package dev.komodosync.diff.render;

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
import dev.komodosync.parser.SourceOrigin;
import java.util.List;

/**
 * The plan as a pull-request comment (GitHub-flavoured Markdown), since plans are mostly read in
 * code review: a summary table, one collapsible section per changed resource, variable and user
 * group with its field changes (multi-line values as a {@code diff} block), the deploy stages
 * with their reasons, the deploys skipped, and the diagnostics. Secrets show as {@code ***}.
 */
public final class PlanMarkdown {

    private final StringBuilder out = new StringBuilder();

    private PlanMarkdown() {}

    /** A planning run: its plan and diagnostics, or the errors that prevented a plan. */
    public static String render(PlanResult result) {
        PlanMarkdown markdown = new PlanMarkdown();
        result.plan().ifPresentOrElse(markdown::plan, () -> markdown.out.append("### komodo-sync plan\n\n")
                .append("**No plan:** the files or the snapshot have errors.\n"));
        markdown.diagnostics(result.diagnostics());
        return markdown.out.toString();
    }

    /**
     * A planning run whose files came from {@code origin}: as {@link #render(PlanResult)}, with a
     * line under the heading saying what the plan was made from (for git: repository, branch, commit).
     */
    public static String render(PlanResult result, SourceOrigin origin) {
        String heading = "### komodo-sync plan\n\n";
        String text = render(result);
        String line = "Made from " + origin.type().key() + " `" + origin.location() + "`"
                + origin.branch().map(b -> ", branch `" + b + "`").orElse("")
                + origin.commit().map(c -> ", commit `" + c + "`").orElse("")
                + origin.message().filter(m -> !m.isEmpty()).map(m -> ": " + m).orElse("") + "\n\n";
        return text.startsWith(heading) ? heading + line + text.substring(heading.length()) : text;
    }

    private void plan(Plan plan) {
        Plan.Summary summary = plan.summary();
        out.append("### komodo-sync plan\n\n");
        if (!plan.hasChanges()) {
            out.append("**No changes.** Komodo matches the declarations.\n");
        }
        out.append("| Create | Update | Delete | Deploy | Variables | User groups |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(summary.create()).append(" | ").append(summary.update()).append(" | ")
                .append(summary.delete() > 0 ? "**" + summary.delete() + "**" : "0").append(" | ").append(summary.deploy())
                .append(" | ").append(summary.variables()).append(" | ").append(summary.userGroups()).append(" |\n");
        if (!plan.resources().isEmpty()) {
            out.append("\n#### Resources\n\n");
            plan.resources().stream().filter(c -> c.action() == ChangeAction.DELETE).forEach(this::resource);
            plan.resources().stream().filter(c -> c.action() != ChangeAction.DELETE).forEach(this::resource);
        }
        if (!plan.variables().isEmpty()) {
            out.append("\n#### Variables\n\n");
            plan.variables().forEach(v -> section(v.action(), "variable", v.name(), v.changes()));
        }
        if (!plan.userGroups().isEmpty()) {
            out.append("\n#### User groups\n\n");
            plan.userGroups().forEach(g -> section(g.action(), "user group", g.name(), g.changes()));
        }
        deploys(plan.deploys());
    }

    private void resource(ResourceChange change) {
        List<FieldChange> changes = change instanceof ResourceChange.Update update ? update.changes() : List.of();
        section(change.action(), change.kind().key(), change.name(), changes);
    }

    private void section(ChangeAction action, String kind, String name, List<FieldChange> changes) {
        String marker = switch (action) {
            case CREATE -> "➕ create";
            case UPDATE -> "✏️ update";
            case DELETE -> "🗑️ **delete**";
        };
        if (changes.isEmpty()) {
            out.append("- ").append(marker).append(' ').append(kind).append(" `").append(code(name)).append("`\n\n");
            return;
        }
        out.append("<details><summary>").append(marker).append(' ').append(kind).append(" <code>").append(html(name))
                .append("</code> (").append(changes.size()).append(changes.size() == 1 ? " change" : " changes")
                .append(")</summary>\n\n");
        out.append("| Field | From | To |\n|---|---|---|\n");
        StringBuilder blocks = new StringBuilder();
        for (FieldChange change : changes) {
            if (change.from() instanceof String before && change.to() instanceof String after
                    && (before.contains("\n") || after.contains("\n"))) {
                out.append("| `").append(code(change.path())).append("` | *(see below)* | *(see below)* |\n");
                blocks.append("\n`").append(code(change.path())).append("`:\n\n```diff\n");
                for (LineDiff.Line line : LineDiff.diff(before, after)) {
                    blocks.append(switch (line.kind()) {
                        case SAME -> "  ";
                        case REMOVED -> "- ";
                        case ADDED -> "+ ";
                    }).append(ShownText.line(line.text()).replace("```", "` ` `")).append('\n');
                }
                blocks.append("```\n");
                continue;
            }
            out.append("| `").append(code(change.path())).append("` | ").append(cell(change, change.from())).append(" | ")
                    .append(cell(change, change.to())).append(" |\n");
        }
        out.append(blocks).append("\n</details>\n\n");
    }

    private void deploys(DeployPlan deploys) {
        if (deploys.count() == 0 && deploys.skipped().isEmpty()) {
            return;
        }
        out.append("\n#### Deploys\n\n");
        List<List<DeployPlan.Deploy>> stages = deploys.stages();
        for (int i = 0; i < stages.size(); i++) {
            out.append("**Stage ").append(i + 1).append("**\n\n");
            for (DeployPlan.Deploy deploy : stages.get(i)) {
                out.append("- ").append(deploy.kind().key()).append(" `").append(code(deploy.name())).append("` — ")
                        .append(text(deploy.reason()));
                if (!deploy.after().isEmpty()) {
                    out.append(" *(after ").append(text(String.join(", ", deploy.after()))).append(")*");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!deploys.skipped().isEmpty()) {
            out.append("<details><summary>Not deploying (").append(deploys.skipped().size()).append(")</summary>\n\n");
            for (DeployPlan.SkippedDeploy skip : deploys.skipped()) {
                out.append("- ").append(skip.kind().key()).append(" `").append(code(skip.name())).append("` — ")
                        .append(text(skip.reason())).append('\n');
            }
            out.append("\n</details>\n");
        }
    }

    private void diagnostics(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return;
        }
        out.append("\n#### Diagnostics\n\n");
        for (Diagnostic diagnostic : diagnostics) {
            out.append("- **").append(diagnostic.severity().label()).append("** ").append(diagnostic.code().code())
                    .append(diagnostic.location().map(l -> " `" + code(l.toString()) + "`").orElse("")).append(": ")
                    .append(text(diagnostic.message()));
            diagnostic.hint().ifPresent(hint -> out.append(" — ").append(text(hint)));
            out.append('\n');
        }
    }

    private static String cell(FieldChange change, Object value) {
        String json = JsonText.compact(ValueJson.toJson(FieldChanges.type(change), value, ValueJson.Secrets.MASK));
        return "`" + code(json).replace("|", "\\|") + "`";
    }

    /** Text for inside a code span: one line (control characters escaped), backticks cannot end it early. */
    private static String code(String text) {
        return ShownText.line(text).replace("`", "'");
    }

    /** Text for Markdown prose: one line, no HTML, no table breaks. */
    private static String text(String text) {
        return html(text).replace("|", "\\|");
    }

    /** One line, control characters escaped, HTML-significant characters as entities. */
    private static String html(String text) {
        return ShownText.escape(ShownText.cut(text, 1000), false)
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
