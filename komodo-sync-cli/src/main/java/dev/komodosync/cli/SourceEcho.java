package dev.komodosync.cli;

import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The source line a diagnostic points at, safe to print: read only from a regular file no larger
 * than {@link #MAX_FILE_BYTES} (never a FIFO or device, never the target of a link the loader
 * refused), with its secrets masked ({@link SecretLines}), its control characters escaped, and cut
 * to {@link #WIDTH} code points around the column, with the caret's place in that window.
 */
final class SourceEcho {

    /** The widest echoed line, in code points. */
    static final int WIDTH = 160;
    /** Files larger than this are not echoed from. */
    static final long MAX_FILE_BYTES = 16L << 20;

    /** Codes about a path itself: their location is a file that was not (or must not be) read. */
    private static final Set<DiagnosticCode> ABOUT_THE_PATH = Set.of(DiagnosticCode.PATH_NOT_FOUND,
            DiagnosticCode.READ_FAILED, DiagnosticCode.SYMLINK_LOOP, DiagnosticCode.PATH_ESCAPES_ROOT,
            DiagnosticCode.NOT_A_FILE);

    /** An echoed line, and the spaces (and tabs) that put a caret under the column. */
    record Echo(String line, String caretPrefix) {}

    private final SecretValues secrets;
    private final Map<String, Optional<SecretLines>> files = new HashMap<>();

    SourceEcho(SecretValues secrets) {
        this.secrets = secrets;
    }

    Optional<Echo> echo(Diagnostic diagnostic) {
        if (diagnostic.location().isEmpty() || ABOUT_THE_PATH.contains(diagnostic.code())) {
            return Optional.empty();
        }
        SourceLocation location = diagnostic.location().get();
        Optional<SecretLines> lines = files.computeIfAbsent(location.file(), this::read);
        if (lines.isEmpty() || location.line() > lines.get().size()) {
            return Optional.empty();
        }
        String original = lines.get().lineAt(location.line() - 1);
        int offset = charOffset(original, location.column());
        int[] mapped = new int[1];
        String masked = secrets.maskValues(lines.get().line(location.line() - 1, offset, mapped));
        int caret = Math.min(mapped[0], masked.length());
        return Optional.of(window(masked, masked.codePointCount(0, caret)));
    }

    private Optional<SecretLines> read(String file) {
        Path path = Path.of(file);
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            return Optional.of(file.endsWith(".toml") ? SecretLines.toml(lines, secrets.keySet())
                    : SecretLines.json(lines, secrets.keySet()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The window of at most {@link #WIDTH} code points around {@code caret} (a code point index). */
    static Echo window(String line, int caret) {
        int length = line.codePointCount(0, line.length());
        int from = 0;
        int to = length;
        if (length > WIDTH) {
            from = Math.max(0, Math.min(caret - WIDTH / 2, length - WIDTH));
            to = from + WIDTH;
        }
        int fromChar = line.offsetByCodePoints(0, from);
        int caretChar = line.offsetByCodePoints(fromChar, Math.min(Math.max(caret, from), to) - from);
        int toChar = line.offsetByCodePoints(fromChar, to - from);
        String lead = from > 0 ? "…" : "";
        String before = lead + ShownText.escape(line.substring(fromChar, caretChar), false);
        String shown = before + ShownText.escape(line.substring(caretChar, toChar), false)
                + (to < length ? "… (line of " + length + " characters)" : "");
        StringBuilder prefix = new StringBuilder();
        before.codePoints().forEach(c -> prefix.append(c == '\t' ? '\t' : ' '));
        return new Echo(shown, prefix.toString());
    }

    /** The char offset of a 1-based code point column; past the end for a column beyond it. */
    private static int charOffset(String line, int column) {
        int offset = 0;
        for (int i = 1; i < column; i++) {
            if (offset >= line.length()) {
                return line.length() + (column - i);
            }
            offset += Character.charCount(line.codePointAt(offset));
        }
        return offset;
    }
}
