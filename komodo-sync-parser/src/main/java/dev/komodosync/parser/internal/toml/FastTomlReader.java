package dev.komodosync.parser.internal.toml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.ParsedDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link TomlReader} the loader uses: {@link FastTomlParser} reads the files it is sure of
 * (nearly every well-formed sync file), {@link TomljReader} the others — files with syntax errors,
 * which it reports in full, and the rare constructs the fast path leaves to it. Both give the same
 * {@link ParsedDocument} for a file both read, positions included.
 */
public final class FastTomlReader implements TomlReader {

    private final TomljReader tomlj = new TomljReader();

    /**
     * The longest line tomlj is given: its time and memory grow much faster than the length of a
     * long token with an error in it (a 4 MB unterminated string took 15 s and 1.7 GB).
     */
    static final int TOMLJ_MAX_LINE = 256 * 1024;

    @Override
    public ParsedDocument read(String file, String text) {
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text));
        Optional<ParsedDocument> fast = FastTomlParser.parse(file, escaper);
        if (fast.isPresent()) {
            return fast.get();
        }
        int longest = longestLine(escaper.escaped());
        if (longest > TOMLJ_MAX_LINE) {
            Map.Entry<SourceLocation, String> where = FastTomlParser.giveUp(file, escaper)
                    .orElse(Map.entry(new SourceLocation(file, 1, 1), "not valid TOML"));
            Diagnostic error = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, "not valid TOML here (" + where.getValue()
                            + "); a file with a line of " + longest + " characters is checked no further")
                    .at(where.getKey())
                    .withHint("fix this place; lines this long are read only when they are valid TOML");
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), List.of(error));
        }
        return tomlj.read(file, escaper);
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = text.indexOf('\n'); ; i = text.indexOf('\n', start)) {
            int end = i < 0 ? text.length() : i;
            longest = Math.max(longest, end - start);
            if (i < 0) {
                return longest;
            }
            start = i + 1;
        }
    }

    /**
     * Why the fast path leaves {@code text} to tomlj, or empty if it reads it itself: for tests and
     * benchmarks that check which path a file takes.
     */
    public static Optional<String> reasonForTomlj(String text) {
        return FastTomlParser.reasonToGiveUp(TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text)));
    }
}
