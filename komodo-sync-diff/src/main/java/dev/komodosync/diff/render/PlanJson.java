package dev.komodosync.diff.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.render.internal.PlanDocument;
import dev.komodosync.model.Diagnostic;
import java.util.List;

/**
 * The plan as JSON, exactly as formats §2 describes it: {@code format_version}, the
 * {@code fingerprint}, a {@code summary}, the {@code diagnostics}, the {@code resources},
 * {@code variables} and {@code user_groups} changes, and the {@code deploys}; secrets as
 * {@code "***"}; empty optional members left out; deterministic, two-space indented, ending
 * with a newline.
 */
public final class PlanJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

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

    /** The document of a run that gave errors: {@code format_version} and {@code diagnostics}, nothing else. */
    public static String renderErrors(List<Diagnostic> diagnostics) {
        return write(PlanDocument.ofErrors(diagnostics));
    }

    private static String write(JsonNode document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }
}
