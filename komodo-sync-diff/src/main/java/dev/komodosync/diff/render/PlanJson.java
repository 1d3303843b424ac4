package dev.komodosync.diff.render;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.render.internal.PlanDocument;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.parser.SourceOrigin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private PlanJson() {}

    /** The document of a planning run: the plan, or, with errors, only the diagnostics. */
    public static String render(PlanResult result) {
        return render(result, Optional.empty());
    }

    /** The document of a plan and the (non-error) diagnostics of its run. */
    public static String render(Plan plan, List<Diagnostic> diagnostics) {
        return write(plan, diagnostics, Optional.empty());
    }

    /**
     * The document of a planning run whose files came from {@code origin}: as {@link #render(PlanResult)},
     * with a top-level {@code source} member right after {@code fingerprint} (which does not cover it):
     * {@code type} ({@code folder}, {@code git}, {@code inline}), {@code location}, and for git
     * {@code branch}, {@code commit} and {@code message}. A run with errors has no {@code source}.
     */
    public static String render(PlanResult result, Optional<SourceOrigin> origin) {
        if (result.plan().isEmpty()) {
            return renderErrors(result.diagnostics());
        }
        return write(result.plan().get(), result.diagnostics(), origin);
    }

    /** The document of a run that gave errors: {@code format_version} and {@code diagnostics}, nothing else. */
    public static String renderErrors(List<Diagnostic> diagnostics) {
        return write(null, diagnostics, Optional.empty());
    }

    /**
     * Writes {@link #render(PlanResult, Optional)}'s document to {@code out} as UTF-8, the same bytes
     * as that text encoded, without holding the text: for a large plan going to a file or a socket.
     * {@code out} is flushed, not closed.
     *
     * @throws IOException what {@code out} throws
     */
    public static void write(PlanResult result, Optional<SourceOrigin> origin, OutputStream out) throws IOException {
        // A writer's encoder, not a UTF-8 generator: it spells every string as String.getBytes does,
        // an unpaired surrogate (which a JSON snapshot may hold) as '?', where the generator throws.
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result.plan().orElse(null), result.diagnostics(), result.plan().isPresent() ? origin : Optional.empty(), text);
        text.flush();
    }

    /** The document of {@code plan}, or without one of the errors, written as a stream. */
    private static String write(Plan plan, List<Diagnostic> diagnostics, Optional<SourceOrigin> origin) {
        StringWriter text = new StringWriter();
        try {
            write(plan, diagnostics, origin, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    private static void write(Plan plan, List<Diagnostic> diagnostics, Optional<SourceOrigin> origin, Writer text)
            throws IOException {
        PlanDocument.writeText(text, plan, plan == null ? "" : plan.fingerprint(), diagnostics, origin);
    }
}
