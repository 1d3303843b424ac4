package dev.komodosync.cli;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints diagnostics the way compilers do: {@code file:line:col: severity: message [code]}, then
 * the source line with a caret under the column, then the hint. Secrets in echoed lines are
 * masked.
 */
final class DiagnosticPrinter {

    private static final String RESET = "\u001b[0m";

    private final PrintStream err;
    private final boolean color;
    private final SecretValues secrets;
    private final Map<String, Optional<List<String>>> files = new HashMap<>();

    DiagnosticPrinter(PrintStream err, boolean color, SecretValues secrets) {
        this.err = err;
        this.color = color;
        this.secrets = secrets;
    }

    void print(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::print);
    }

    private void print(Diagnostic diagnostic) {
        String severity = switch (diagnostic.severity()) {
            case ERROR -> paint("\u001b[1;31m", "error");
            case WARNING -> paint("\u001b[1;33m", "warning");
            case INFO -> paint("\u001b[1;36m", "info");
        };
        StringBuilder text = new StringBuilder();
        diagnostic.location().ifPresent(l -> text.append(paint("\u001b[1m", l.toString())).append(": "));
        text.append(severity).append(": ").append(diagnostic.message()).append(' ')
                .append(paint("\u001b[2m", "[" + diagnostic.code().code() + "]"));
        err.println(text);
        diagnostic.location().flatMap(this::sourceLine).ifPresent(source -> {
            SourceLocation location = diagnostic.location().get();
            String number = Integer.toString(location.line());
            String gutter = " ".repeat(number.length());
            err.println(" " + number + " | " + secrets.mask(source));
            err.println(" " + gutter + " | " + caretPrefix(source, location.column()) + paint("\u001b[1;32m", "^"));
        });
        diagnostic.hint().ifPresent(hint -> err.println("  = hint: " + hint));
    }

    private Optional<String> sourceLine(SourceLocation location) {
        Optional<List<String>> lines = files.computeIfAbsent(location.file(), file -> {
            try {
                return Optional.of(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
        return lines.filter(l -> location.line() <= l.size()).map(l -> l.get(location.line() - 1));
    }

    /** Spaces (and the line's own tabs) up to the code point column, so the caret lines up. */
    private static String caretPrefix(String line, int column) {
        StringBuilder prefix = new StringBuilder();
        int offset = 0;
        for (int i = 1; i < column && offset < line.length(); i++) {
            int c = line.codePointAt(offset);
            prefix.append(c == '\t' ? '\t' : ' ');
            offset += Character.charCount(c);
        }
        return prefix.toString();
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
