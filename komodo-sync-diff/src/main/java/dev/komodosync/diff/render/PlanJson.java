package dev.komodosync.diff.render;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.render.internal.PlanDocument;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.parser.SourceOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan as JSON, exactly as formats §2 describes it: {@code format_version}, the
 * {@code fingerprint}, a {@code summary}, the {@code diagnostics}, the {@code resources},
 * {@code variables} and {@code user_groups} changes (a change of a list or table with its changed
 * {@code members}, an addition formats §2 allows), and the {@code deploys}; secrets as
 * {@code "***"}; empty optional members left out; deterministic, two-space indented, ending
 * with a newline.
 */
public final class PlanJson {

    private static final PrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PlanJson() {}

    /** The document of a planning run: the plan, or, with errors, only the diagnostics. */
    public static String render(PlanResult result) {
        return result.plan().map(plan -> render(plan, result.diagnostics()))
                .orElseGet(() -> renderErrors(result.diagnostics()));
    }

    /** The document of a plan and the (non-error) diagnostics of its run. */
    public static String render(Plan plan, List<Diagnostic> diagnostics) {
        return write(PlanDocument.of(plan, diagnostics));
    }

    /**
     * The document of a planning run whose files came from {@code origin}: as {@link #render(PlanResult)},
     * with a top-level {@code source} member right after {@code fingerprint} (which does not cover it):
     * {@code type} ({@code folder}, {@code git}, {@code inline}), {@code location}, and for git
     * {@code branch}, {@code commit} and {@code message}. A run with errors has no {@code source}.
     */
    public static String render(PlanResult result, Optional<SourceOrigin> origin) {
        if (result.plan().isEmpty() || origin.isEmpty()) {
            return render(result);
        }
        return write(withSource(PlanDocument.of(result.plan().get(), result.diagnostics()), origin.get()));
    }

    private static ObjectNode withSource(ObjectNode document, SourceOrigin origin) {
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

    /** The document of a run that gave errors: {@code format_version} and {@code diagnostics}, nothing else. */
    public static String renderErrors(List<Diagnostic> diagnostics) {
        return write(PlanDocument.ofErrors(diagnostics));
    }

    private static String write(JsonNode document) {
        return JsonText.pretty(document, PRINTER) + "\n";
    }
}
