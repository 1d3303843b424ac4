package dev.komodosync.cli;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.parser.LoadResult;
import java.io.PrintStream;
import java.util.List;

/**
 * The commands' printer of diagnostics to standard error: the public
 * {@link dev.komodosync.diff.render.DiagnosticPrinter}, so that embedders print what the command
 * prints, with the command's colour choice and the secrets of what it loaded.
 */
final class DiagnosticPrinter {

    private final PrintStream err;
    private final dev.komodosync.diff.render.DiagnosticPrinter printer;

    DiagnosticPrinter(PrintStream err, boolean color, SecretValues secrets) {
        this.err = err;
        this.printer = dev.komodosync.diff.render.DiagnosticPrinter.builder()
                .color(color)
                .secretsOf(secrets.declaration())
                .build();
    }

    /** A printer echoing from what {@code loaded} read (its texts, kept by the loader) and masking its secrets. */
    DiagnosticPrinter(PrintStream err, boolean color, LoadResult loaded) {
        this.err = err;
        this.printer = dev.komodosync.diff.render.DiagnosticPrinter.builder()
                .color(color)
                .from(loaded)
                .build();
    }

    void print(List<Diagnostic> diagnostics) {
        printer.print(diagnostics, err);
    }
}
