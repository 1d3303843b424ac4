package dev.komodosync.diff.snapshot.internal;

/**
 * What the JSON parser read, as far as locating a problem needs it: the parser counts columns in
 * the units it reads ({@code char}s of a text, bytes of UTF-8), diagnostics count code points
 * (formats.md §2). Lines break as the parser breaks them: at {@code \n}, {@code \r}, and once at
 * {@code \r\n}.
 */
interface ParserColumns {

    /** The start of the line read last, packed as {@link SnapshotProblems#position} packs it: where a reader stopped. */
    long position();

    /** The code point column of what the parser places at {@code line} and {@code parserColumn} (both from 1). */
    int codePointColumn(int line, int parserColumn);
}
