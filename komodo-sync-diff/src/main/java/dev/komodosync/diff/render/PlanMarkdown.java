package dev.komodosync.diff.render;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.render.internal.LineDiff;
import dev.komodosync.diff.render.internal.NestedDiff;
import dev.komodosync.diff.render.internal.ShownChanges;
import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.diff.render.internal.TomlShown;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.SourceOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as a pull-request comment (GitHub-flavoured Markdown), since plans are mostly read in
 * code review: a summary table, one collapsible section per changed resource, variable and user
 * group with its field changes (multi-line values as a {@code diff} block), the deploy stages
 * with their reasons, the deploys skipped, and the diagnostics. Secrets show as {@code ***}.
 */
public final class PlanMarkdown {

    private final StringBuilder out = new StringBuilder();
    private final RenderOptions options;

    private PlanMarkdown(RenderOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** A planning run: its plan and diagnostics, or the errors that prevented a plan; with {@link RenderOptions#defaults()}. */
    public static String render(PlanResult result) {
        return render(result, RenderOptions.defaults());
    }

    /**
     * A planning run: its plan and diagnostics, or the errors that prevented a plan. Updates list
     * their changed values member by member (as {@link PlanText} does); creates and deletes show
     * their TOML as {@code export} writes it, in a collapsed section, unless
     * {@link RenderOptions#compact()}. {@link RenderOptions#color()} does not apply.
     */
    public static String render(PlanResult result, RenderOptions options) {
        PlanMarkdown markdown = new PlanMarkdown(options);
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
        return render(result, origin, RenderOptions.defaults());
    }

    /** As {@link #render(PlanResult, SourceOrigin)}, with {@code options}. */
    public static String render(PlanResult result, SourceOrigin origin, RenderOptions options) {
        String heading = "### komodo-sync plan\n\n";
        String text = render(result, options);
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
            plan.variables().forEach(v -> whole(v.action(), "variable", v.name(), ShownChanges.members(v.changes()),
                    ShownChanges.whole(v)));
        }
        if (!plan.userGroups().isEmpty()) {
            out.append("\n#### User groups\n\n");
            plan.userGroups().forEach(g -> whole(g.action(), "user group", g.name(), ShownChanges.members(g.changes()),
                    ShownChanges.whole(g)));
        }
        deploys(plan.deploys());
    }

    private void resource(ResourceChange change) {
        if (change instanceof ResourceChange.Update update) {
            section(change.action(), change.kind().key(), change.name(), ShownChanges.members(update));
            return;
        }
        List<String> toml = options.compact() ? List.of()
                : change instanceof ResourceChange.Create create ? ShownChanges.created(create)
                : ShownChanges.deleted((ResourceChange.Delete) change, options.existing());
        whole(change.action(), change.kind().key(), change.name(), List.of(), toml);
    }

    /** A change with its members, or, unless compact, a create or delete with its TOML. */
    private void whole(ChangeAction action, String kind, String name, List<NestedDiff.Member> members, List<String> toml) {
        if (options.compact() || toml.isEmpty()) {
            section(action, kind, name, members);
            return;
        }
        out.append("<details><summary>").append(marker(action)).append(' ').append(kind)
                .append(" <code>").append(html(name)).append("</code></summary>\n\n");
        fenced("toml", toml.stream().map(ShownText::line).toList());
        out.append("\n</details>\n\n");
    }

    private static String marker(ChangeAction action) {
        return switch (action) {
            case CREATE -> "➕ create";
            case UPDATE -> "✏️ update";
            case DELETE -> "🗑️ **delete**";
        };
    }

    private void section(ChangeAction action, String kind, String name, List<NestedDiff.Member> members) {
        String marker = marker(action);
        if (members.isEmpty()) {
            out.append("- ").append(marker).append(' ').append(kind).append(" `").append(code(name)).append("`\n\n");
            return;
        }
        out.append("<details><summary>").append(marker).append(' ').append(kind).append(" <code>").append(html(name))
                .append("</code> (").append(members.size()).append(members.size() == 1 ? " change" : " changes")
                .append(")</summary>\n\n");
        out.append("| Field | From | To |\n|---|---|---|\n");
        StringBuilder rows = out;
        List<Runnable> blocks = new ArrayList<>();
        for (NestedDiff.Member member : members) {
            String path = "| `" + code(member.textPath()).replace("|", "\\|") + "` | ";
            switch (member.kind()) {
                case CHANGED -> rows.append(path).append(cell(member.type(), member.from())).append(" | ")
                        .append(cell(member.type(), member.to())).append(" |\n");
                case ORDER -> rows.append(path).append(labels(member.from())).append(" | ").append(labels(member.to()))
                        .append(" |\n");
                case LINES, LIST -> {
                    rows.append(path).append("*(see below)* | *(see below)* |\n");
                    List<LineDiff.Line> lines = member.kind() == NestedDiff.Kind.LINES
                            ? LineDiff.diff((String) member.from(), (String) member.to())
                            : LineDiff.diff(ShownChanges.elements(member.type(), member.from()),
                                    ShownChanges.elements(member.type(), member.to()));
                    blocks.add(() -> block(member.textPath(), lines.stream().map(line -> switch (line.kind()) {
                        case SAME -> "  ";
                        case REMOVED -> "- ";
                        case ADDED -> "+ ";
                    } + ShownText.line(line.text())).toList()));
                }
                case ADDED -> {
                    rows.append(path).append("*(none)* | *(added, see below)* |\n");
                    blocks.add(() -> block(member.textPath(), TomlShown.element(member.type(), member.to()).stream()
                            .map(line -> "+ " + ShownText.line(line)).toList()));
                }
                case REMOVED -> {
                    rows.append(path).append("*(removed, see below)* | *(none)* |\n");
                    blocks.add(() -> block(member.textPath(), TomlShown.element(member.type(), member.from()).stream()
                            .map(line -> "- " + ShownText.line(line)).toList()));
                }
            }
        }
        blocks.forEach(Runnable::run);
        out.append("\n</details>\n\n");
    }

    private void block(String path, List<String> lines) {
        out.append("\n`").append(code(path)).append("`:\n\n");
        fenced("diff", lines);
    }

    /** A fenced code block whose fence no line can close: longer than any run of backticks inside. */
    private void fenced(String language, List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                run = line.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        out.append(fence).append(language).append('\n');
        lines.forEach(line -> out.append(line).append('\n'));
        out.append(fence).append('\n');
    }

    private static String labels(Object labels) {
        return "`" + code(String.join(", ", ((List<?>) labels).stream().map(String::valueOf).toList())).replace("|", "\\|")
                + "`";
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

    private static String cell(ValueType type, Object value) {
        return "`" + code(ShownChanges.value(type, value)).replace("|", "\\|") + "`";
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
