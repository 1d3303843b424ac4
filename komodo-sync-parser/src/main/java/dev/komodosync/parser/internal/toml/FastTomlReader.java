package dev.komodosync.parser.internal.toml;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.DocumentLimits;
import dev.komodosync.parser.internal.ParsedDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link TomlReader} the loader uses: {@link FastTomlParser} reads the files it is sure of
 * (nearly every well-formed sync file), {@link TomljReader} the others — files with syntax errors,
 * which it reports in full, and the rare constructs the fast path leaves to it. Both give the same
 * {@link ParsedDocument} for a file both read, positions included.
 *
 * <p>Both paths keep to the limits of the load while reading: the one-pass reader stops at the
 * first key or value over one; for tomlj the text is checked first ({@link LexicalLimits}). The
 * work is linear in the text on both, however long one key, value or line is (counted by
 * {@link TomlWork}; tomlj is given each line of at most {@value #TOMLJ_MAX_LINE} characters a
 * bounded number of times).
 */
public final class FastTomlReader implements TomlReader {

    private final TomljReader tomlj = new TomljReader();
    private final DocumentLimits.Limits limits;

    /**
     * The longest line tomlj is given: its time and memory grow much faster than the length of a
     * long token with an error in it (a 4 MB unterminated string took 15 s and 1.7 GB).
     */
    static final int TOMLJ_MAX_LINE = 256 * 1024;

    /** A reader without limits: for tools and tests that read trusted text. */
    public FastTomlReader() {
        this(DocumentLimits.Limits.unlimited());
    }

    /**
     * A reader that stops at the first key or value over {@code limits}, with a located
     * {@code KS110}, before it builds that value or reads on.
     */
    public FastTomlReader(DocumentLimits.Limits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    @Override
    public ParsedDocument read(String file, String text) {
        return read(file, text, new TomlWork());
    }

    /** As {@link #read(String, String)}, counting the steps taken in {@code work}: the seam of the tests of linear work. */
    ParsedDocument read(String file, String text, TomlWork work) {
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text), work);
        Optional<ParsedDocument> fast = FastTomlParser.parse(file, escaper, limits, work);
        if (fast.isPresent()) {
            return fast.get();
        }
        work.add(escaper.escaped().length());
        int longest = longestLine(escaper.escaped());
        if (longest > TOMLJ_MAX_LINE) {
            Map.Entry<SourceLocation, String> where = FastTomlParser.giveUp(file, escaper, work)
                    .orElse(Map.entry(new SourceLocation(file, 1, 1), "not valid TOML"));
            Diagnostic error = Diagnostic.of(DiagnosticCode.TOML_SYNTAX, "not valid TOML here (" + where.getValue()
                            + "); a file with a line of " + longest + " characters is checked no further")
                    .at(where.getKey())
                    .withHint("fix this place; lines this long are read only when they are valid TOML");
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), List.of(error));
        }
        // tomlj builds the whole tree before the limits could be checked on it: check them on the text first
        Optional<Diagnostic> overLimit = LexicalLimits.check(file, escaper, limits, work);
        if (overLimit.isPresent()) {
            return new ParsedDocument(file, JsonNodeFactory.instance.objectNode(), Map.of(), List.of(overLimit.get()));
        }
        return tomlj.read(file, escaper, work);
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
