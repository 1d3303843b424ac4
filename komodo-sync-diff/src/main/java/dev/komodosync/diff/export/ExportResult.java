package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import java.util.List;

/**
 * An export: the sync TOML, and the diagnostics of making it (an error means the text is not to
 * be used).
 *
 * @param toml the sync file's text
 * @param diagnostics the problems found
 */
public record ExportResult(String toml, List<Diagnostic> diagnostics) {

    /** Checks and copies the arguments. */
    public ExportResult {
        requireNonNull(toml, "toml");
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
