package dev.komodosync.diff.export;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import java.util.List;

/**
 * An export: the sync TOML, the diagnostics of making it (an error means the text is not to
 * be used), and the secret values it left out.
 *
 * @param toml the sync file's text
 * @param diagnostics the problems found
 * @param secretsLeftOut each secret value the export did not write (without
 *     {@link ExportOptions#includeSecrets()}), as {@code kind "name": path}, e.g.
 *     {@code server "atlas": config.passkey} or {@code variable "DB_PASSWORD": value}; never the
 *     value itself
 */
public record ExportResult(String toml, List<Diagnostic> diagnostics, List<String> secretsLeftOut) {

    /** Checks and copies the arguments. */
    public ExportResult {
        requireNonNull(toml, "toml");
        diagnostics = List.copyOf(diagnostics);
        secretsLeftOut = List.copyOf(secretsLeftOut);
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
