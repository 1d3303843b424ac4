package dev.komodosync.cli;

import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics the way compilers do: {@code file:line:col: severity: message [code]}, then
 * the source line with a caret under the column, then the hint. Echoed lines never show a secret
 * ({@link SourceEcho}); messages, hints and lines have their control characters escaped and are cut
 * to a readable width; at most {@link #PER_FILE_AND_CODE} diagnostics of one code in one file are
 * printed, then one line says how many more there are.
 */
final class DiagnosticPrinter {

    /** How many diagnostics of one code in one file are printed. */
    static final int PER_FILE_AND_CODE = 50;
    /** The longest message or hint printed whole, in code points. */
    static final int MESSAGE_WIDTH = 1000;

    private static final String RESET = "\u001b[0m";

    private final PrintStream err;
    private final boolean color;
    private final SourceEcho echo;

    DiagnosticPrinter(PrintStream err, boolean color, SecretValues secrets) {
        this.err = err;
        this.color = color;
        this.echo = new SourceEcho(secrets);
    }

    void print(List<Diagnostic> diagnostics) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String group = diagnostic.location().map(SourceLocation::file).orElse("") + "\u0000" + diagnostic.code().code();
            int count = counts.merge(group, 1, Integer::sum);
            if (count <= PER_FILE_AND_CODE) {
                print(diagnostic);
            }
        }
        counts.forEach((group, count) -> {
            if (count > PER_FILE_AND_CODE) {
                int split = group.indexOf('\u0000');
                String file = group.substring(0, split);
                err.println((file.isEmpty() ? "" : ShownText.line(file) + ": ") + "… and " + (count - PER_FILE_AND_CODE)
                        + " more [" + group.substring(split + 1) + "] not shown");
            }
        });
    }

    private void print(Diagnostic diagnostic) {
        String severity = switch (diagnostic.severity()) {
            case ERROR -> paint("\u001b[1;31m", "error");
            case WARNING -> paint("\u001b[1;33m", "warning");
            case INFO -> paint("\u001b[1;36m", "info");
        };
        StringBuilder text = new StringBuilder();
        diagnostic.location().ifPresent(l -> text.append(paint("\u001b[1m", ShownText.line(l.toString()))).append(": "));
        text.append(severity).append(": ").append(shown(diagnostic.message())).append(' ')
                .append(paint("\u001b[2m", "[" + diagnostic.code().code() + "]"));
        err.println(text);
        echo.echo(diagnostic).ifPresent(source -> {
            String number = Integer.toString(diagnostic.location().get().line());
            String gutter = " ".repeat(number.length());
            err.println(" " + number + " | " + source.line());
            err.println(" " + gutter + " | " + source.caretPrefix() + paint("\u001b[1;32m", "^"));
        });
        diagnostic.hint().ifPresent(hint -> err.println("  = hint: " + shown(hint)));
    }

    /** A message or hint: control characters escaped (line ends kept), cut to {@link #MESSAGE_WIDTH}. */
    private static String shown(String text) {
        return ShownText.escape(ShownText.cut(text, MESSAGE_WIDTH), true);
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
