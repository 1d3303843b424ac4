package dev.komodosync.parser.internal.toml;

import dev.komodosync.parser.internal.ParsedDocument;
import java.util.Optional;

/**
 * The {@link TomlReader} the loader uses: {@link FastTomlParser} reads the files it is sure of
 * (nearly every well-formed sync file), {@link TomljReader} the others — files with syntax errors,
 * which it reports in full, and the rare constructs the fast path leaves to it. Both give the same
 * {@link ParsedDocument} for a file both read, positions included.
 */
public final class FastTomlReader implements TomlReader {

    private final TomljReader tomlj = new TomljReader();

    @Override
    public ParsedDocument read(String file, String text) {
        TripleQuoteEscaper escaper = TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text));
        Optional<ParsedDocument> fast = FastTomlParser.parse(file, escaper);
        return fast.isPresent() ? fast.get() : tomlj.read(file, escaper);
    }

    /**
     * Why the fast path leaves {@code text} to tomlj, or empty if it reads it itself: for tests and
     * benchmarks that check which path a file takes.
     */
    public static Optional<String> reasonForTomlj(String text) {
        return FastTomlParser.reasonToGiveUp(TripleQuoteEscaper.escape(TomljReader.withoutByteOrderMark(text)));
    }
}
