package dev.komodosync.diff.render;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.diff.render.internal.LineDiff;
import dev.komodosync.diff.render.internal.NestedDiff;
import dev.komodosync.diff.render.internal.ShownChanges;
import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.diff.render.internal.TomlShown;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.SourceOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan for people, in the manner of {@code terraform plan}: {@code -} deletes (listed first),
 * {@code +} creates, {@code ~} updates with each changed value {@code ~ path: old → new} — lists
 * and tables member by member, an inserted or removed element whole as TOML, lists of strings and
 * multi-line text as line diffs — creates and deletes with their TOML (unless
 * {@link RenderOptions#compact()}), variable and user-group changes, deploy stages with their
 * reasons and the targets that will not deploy, and a summary line ({@code Plan: 2 to create,
 * 1 to update, 37 to delete, 3 to deploy.}). Paths spell keys as Komodo's export writes them
 * ({@code config.stage[1] "Deploy".executions[0].execution.params.deployment}). Secrets show as
 * {@code ***}. With colour, ANSI colours mark additions, removals and changes; without, the text is
 * plain.
 */
public final class PlanText {

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final RenderOptions options;
    private final boolean color;
    private final StringBuilder out = new StringBuilder();

    private PlanText(RenderOptions options) {
        this.options = options;
        this.color = options.color();
    }

    /** A planning run: its plan, or that there is none because of errors; as {@link #render(PlanResult, RenderOptions)}. */
    public static String render(PlanResult result, boolean color) {
        return render(result, RenderOptions.defaults().withColor(color));
    }

    /** A planning run: its plan, or that there is none because of errors. */
    public static String render(PlanResult result, RenderOptions options) {
        if (result.plan().isPresent()) {
            return render(result.plan().get(), options);
        }
        long errors = 0;
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                errors++;
            }
        }
        return "No plan: " + errors + " error" + (errors == 1 ? "" : "s") + " (see the diagnostics).\n";
    }

    /** A plan with {@link RenderOptions#defaults()}, coloured if {@code color}. */
    public static String render(Plan plan, boolean color) {
        return render(plan, RenderOptions.defaults().withColor(color));
    }

    /**
     * A plan: each changed value of an update as {@code ~ path: old → new}, lists and tables member
     * by member ({@code ~ config.stage[1] "Deploy".executions[0].execution.params.deployment: "a" → "b"},
     * an inserted or removed element whole, as TOML), lists of strings and multi-line text as line
     * diffs; creates and deletes with their TOML as {@code export} writes it, unless
     * {@link RenderOptions#compact()}.
     */
    public static String render(Plan plan, RenderOptions options) {
        PlanText text = new PlanText(requireNonNull(options, "options"));
        text.plan(plan);
        return text.out.toString();
    }

    /** A plan made from files of {@code origin}, as {@link #render(Plan, boolean, SourceOrigin)}. */
    public static String render(Plan plan, RenderOptions options, SourceOrigin origin) {
        return "Source: " + origin.describe() + "\n\n" + render(plan, options);
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
            // Loops, not lambdas: each lambda links a call site at start (docs/architecture.md, "Start-up path").
            for (ResourceChange change : plan.resources()) {
                if (change.action() == ChangeAction.DELETE) {
                    resource(change);
                }
            }
            for (ResourceChange change : plan.resources()) {
                if (change.action() != ChangeAction.DELETE) {
                    resource(change);
                }
            }
        }
        if (!plan.variables().isEmpty()) {
            heading("Variables");
            for (VariableChange v : plan.variables()) {
                change(v.action(), "variable " + ShownText.line(v.name()), "", ShownChanges.members(v.changes()));
                whole(v.action(), ShownChanges.whole(v));
            }
        }
        if (!plan.userGroups().isEmpty()) {
            heading("User groups");
            for (UserGroupChange g : plan.userGroups()) {
                change(g.action(), "user group " + ShownText.line(g.name()), "", ShownChanges.members(g.changes()));
                whole(g.action(), ShownChanges.whole(g));
            }
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
        Optional<SourceLocation> at = change.location();
        String where = at.isPresent()
                ? "  " + paint(DIM, "(" + ShownText.line(at.get().file()) + ":" + at.get().line() + ")") : "";
        String subject = change.kind().key() + " " + ShownText.line(change.name());
        if (change instanceof ResourceChange.Update update) {
            change(change.action(), subject, where, ShownChanges.members(update));
            return;
        }
        change(change.action(), subject, where, List.of());
        if (options.compact()) {
            return;
        }
        if (change instanceof ResourceChange.Create create) {
            whole(ChangeAction.CREATE, ShownChanges.created(create));
        } else if (change instanceof ResourceChange.Delete delete) {
            whole(ChangeAction.DELETE, ShownChanges.deleted(delete, options.existing()));
        }
    }

    /** The TOML of a created or deleted thing, unless compact. */
    private void whole(ChangeAction action, List<String> toml) {
        if (options.compact()) {
            return;
        }
        for (String line : toml) {
            tomlLine(action == ChangeAction.DELETE ? RED : GREEN, action == ChangeAction.DELETE ? "- " : "+ ", line);
        }
    }

    private void tomlLine(String colour, String marker, String line) {
        int comment = line.lastIndexOf("  # default: ");
        String shown = ShownText.line(line);
        if (comment >= 0 && color) {
            shown = paint(colour, marker + ShownText.line(line.substring(0, comment))) + paint(DIM, line.substring(comment));
            out.append("      ").append(shown).append('\n');
            return;
        }
        out.append("      ").append(paint(colour, line.isEmpty() ? marker.strip() : marker + shown)).append('\n');
    }

    private void change(ChangeAction action, String subject, String where, List<NestedDiff.Member> members) {
        String marker = switch (action) {
            case CREATE -> paint(GREEN, "+");
            case UPDATE -> paint(YELLOW, "~");
            case DELETE -> paint(RED, "-");
        };
        out.append("  ").append(marker).append(' ').append(subject).append(where).append('\n');
        for (NestedDiff.Member member : members) {
            member(member);
        }
    }

    private void member(NestedDiff.Member member) {
        String path = ShownText.line(member.textPath());
        switch (member.kind()) {
            case CHANGED -> out.append("      ").append(paint(YELLOW, "~")).append(' ').append(path).append(": ")
                    .append(paint(RED, ShownChanges.value(member.type(), member.from()))).append(" → ")
                    .append(paint(GREEN, ShownChanges.value(member.type(), member.to()))).append('\n');
            case LINES -> lines(path, LineDiff.diff((String) member.from(), (String) member.to()));
            case LIST -> lines(path, LineDiff.diff(ShownChanges.elements(member.type(), member.from()),
                    ShownChanges.elements(member.type(), member.to())));
            case ORDER -> out.append("      ").append(paint(YELLOW, "~")).append(' ').append(path).append(": order ")
                    .append(paint(RED, ShownText.line(String.join(", ", labels(member.from()))))).append(" → ")
                    .append(paint(GREEN, ShownText.line(String.join(", ", labels(member.to()))))).append('\n');
            case ADDED -> whole(GREEN, "+", path, TomlShown.element(member.type(), member.to()));
            case REMOVED -> whole(RED, "-", path, TomlShown.element(member.type(), member.from()));
        }
    }

    private void lines(String path, List<LineDiff.Line> lines) {
        out.append("      ").append(paint(YELLOW, "~")).append(' ').append(path).append(":\n");
        for (LineDiff.Line line : lines) {
            switch (line.kind()) {
                case SAME -> out.append("            ").append(ShownText.line(line.text())).append('\n');
                case REMOVED -> out.append("          ").append(paint(RED, "- " + ShownText.line(line.text()))).append('\n');
                case ADDED -> out.append("          ").append(paint(GREEN, "+ " + ShownText.line(line.text()))).append('\n');
            }
        }
    }

    private void whole(String colour, String marker, String path, List<String> toml) {
        if (toml.size() == 1) {
            out.append("      ").append(paint(colour, marker + " " + path + ": " + ShownText.line(toml.get(0)))).append('\n');
            return;
        }
        out.append("      ").append(paint(colour, marker + " " + path + ":")).append('\n');
        for (String line : toml) {
            out.append("          ").append(paint(colour, ShownText.line(line))).append('\n');
        }
    }

    private static List<String> labels(Object labels) {
        List<String> shown = new ArrayList<>();
        for (Object label : (List<?>) labels) {
            shown.add(String.valueOf(label));
        }
        return shown;
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
