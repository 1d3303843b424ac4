package dev.komodosync.diff.render.internal;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The source line a diagnostic points at, safe to print: from the file's text as given, or read
 * only from a regular file no larger than {@link #MAX_FILE_BYTES} (never a FIFO or device, never
 * the target of a link the loader refused), with its secrets masked ({@link SecretLines}), its
 * control characters escaped, and cut to a width of code points around the column, with the
 * caret's place in that window. Each file is read once per instance. Not API.
 */
public final class SourceEcho {

    /** Files larger than this are not echoed from. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** How many files {@link #prepare} reads side by side at least; fewer are read as they are echoed. */
    static final int PREPARED_FILES = 8;

    /** Codes about a path itself: their location is a file that was not (or must not be) read. */
    private static final Set<DiagnosticCode> ABOUT_THE_PATH = Set.of(DiagnosticCode.PATH_NOT_FOUND,
            DiagnosticCode.READ_FAILED, DiagnosticCode.SYMLINK_LOOP, DiagnosticCode.PATH_ESCAPES_ROOT,
            DiagnosticCode.NOT_A_FILE);

    /**
     * An echoed line, and the spaces (and tabs) that put a caret under the column.
     *
     * @param line the line as shown
     * @param caretPrefix what to print before the caret
     */
    public record Echo(String line, String caretPrefix) {}

    private final SecretMask secrets;
    private final int width;
    private final Function<String, Optional<String>> texts;
    private final Map<String, Optional<SecretLines>> files = new HashMap<>();

    /**
     * An echo masking {@code secrets}, cutting lines to {@code width} code points, and reading a
     * file's text, by the name diagnostics give it, with {@code texts}.
     */
    public SourceEcho(SecretMask secrets, int width, Function<String, Optional<String>> texts) {
        this.secrets = secrets;
        this.width = width;
        this.texts = texts;
    }

    /**
     * Reads and scans, side by side on the common pool, the files that {@code diagnostics} would
     * echo from, when there are at least {@link #PREPARED_FILES} of them: a big sync's diagnostics
     * name hundreds of files, each read and scanned for secrets before its first line is echoed.
     * What {@link #echo} then returns is the same.
     */
    public void prepare(List<Diagnostic> diagnostics) {
        Set<String> names = new LinkedHashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.location().isPresent() && !ABOUT_THE_PATH.contains(diagnostic.code())) {
                String file = diagnostic.location().get().file();
                if (!files.containsKey(file)) {
                    names.add(file);
                }
            }
        }
        if (names.size() < PREPARED_FILES) {
            return;
        }
        List<String> todo = List.copyOf(names);
        List<Optional<SecretLines>> read = todo.parallelStream().map(new Read()).toList();
        for (int i = 0; i < todo.size(); i++) {
            files.put(todo.get(i), read.get(i));
        }
    }

    /** The echo of {@code diagnostic}'s line, if it has a location whose line can be read. */
    public Optional<Echo> echo(Diagnostic diagnostic) {
        if (diagnostic.location().isEmpty() || ABOUT_THE_PATH.contains(diagnostic.code())) {
            return Optional.empty();
        }
        SourceLocation location = diagnostic.location().get();
        Optional<SecretLines> lines = files.get(location.file());
        if (lines == null) {
            lines = read(location.file());
            files.put(location.file(), lines);
        }
        if (lines.isEmpty() || location.line() > lines.get().size()) {
            return Optional.empty();
        }
        String original = lines.get().lineAt(location.line() - 1);
        int offset = charOffset(original, location.column());
        int[] mapped = new int[1];
        String masked = secrets.maskValues(lines.get().line(location.line() - 1, offset, mapped));
        int caret = Math.min(mapped[0], masked.length());
        return Optional.of(window(masked, masked.codePointCount(0, caret), width));
    }

    /**
     * The text of the file named {@code file}, if it is a regular file no larger than
     * {@link #MAX_FILE_BYTES} that can be read as UTF-8.
     */
    public static Optional<String> readFile(String file) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_FILE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** {@link #read} as a function: a named class, not a method reference (docs/architecture.md, "Start-up path"). */
    private final class Read implements Function<String, Optional<SecretLines>> {
        @Override
        public Optional<SecretLines> apply(String file) {
            return read(file);
        }
    }

    private Optional<SecretLines> read(String file) {
        Optional<String> text;
        try {
            text = texts.apply(file);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (text.isEmpty() || text.get().length() > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        return Optional.of(file.endsWith(".toml") ? SecretLines.toml(text.get(), secrets.keySet())
                : SecretLines.json(text.get(), secrets.keySet()));
    }

    /** The window of at most {@code width} code points around {@code caret} (a code point index). */
    static Echo window(String line, int caret, int width) {
        int length = line.codePointCount(0, line.length());
        int from = 0;
        int to = length;
        if (length > width) {
            from = Math.max(0, Math.min(caret - width / 2, length - width));
            to = from + width;
        }
        int fromChar = line.offsetByCodePoints(0, from);
        int caretChar = line.offsetByCodePoints(fromChar, Math.min(Math.max(caret, from), to) - from);
        int toChar = line.offsetByCodePoints(fromChar, to - from);
        String lead = from > 0 ? "…" : "";
        String before = lead + ShownText.escape(line.substring(fromChar, caretChar), false);
        String shown = before + ShownText.escape(line.substring(caretChar, toChar), false)
                + (to < length ? "… (line of " + length + " characters)" : "");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < before.length(); ) {
            int c = before.codePointAt(i);
            prefix.append(c == '\t' ? '\t' : ' ');
            i += Character.charCount(c);
        }
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
