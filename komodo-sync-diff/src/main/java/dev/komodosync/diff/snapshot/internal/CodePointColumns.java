package dev.komodosync.diff.snapshot.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes characters through to the JSON parser and remembers where, on each line, a character
 * outside the Basic Multilingual Plane took two {@code char}s. The parser counts columns in
 * {@code char}s; diagnostics count them in code points (formats.md §2), and this is what converts
 * one into the other without keeping the text. Lines break as the parser breaks them: at
 * {@code \n}, {@code \r}, and once at {@code \r\n}.
 */
final class CodePointColumns extends FilterReader implements ParserColumns {

    /** Per line (from 1), the 0-based {@code char} offsets of low surrogates that ended a pair. */
    private final Map<Integer, List<Integer>> pairEnds = new HashMap<>();
    private int line = 1;
    private int offset;
    private boolean afterCarriageReturn;
    private boolean afterHighSurrogate;

    CodePointColumns(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            track((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        int count = super.read(buffer, from, length);
        int end = from + count;
        int i = from;
        while (i < end) {
            // Most characters neither break a line nor are half of a pair: they only move the column.
            int run = i;
            while (run < end && buffer[run] > '\r' && buffer[run] < Character.MIN_SURROGATE) {
                run++;
            }
            if (run > i) {
                offset += run - i;
                afterCarriageReturn = false;
                afterHighSurrogate = false;
                i = run;
            }
            if (i < end) {
                track(buffer[i++]);
            }
        }
        return count;
    }

    @Override
    public long position() {
        return ((long) line << 32) | 1;
    }

    @Override
    public int codePointColumn(int line, int charColumn) {
        List<Integer> ends = pairEnds.getOrDefault(line, List.of());
        int index = Collections.binarySearch(ends, charColumn - 1);
        int before = index >= 0 ? index : -index - 1;
        return Math.max(1, charColumn - before);
    }

    private void track(char c) {
        if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
            line++;
        }
        if (c == '\r' || c == '\n') {
            offset = 0;
            afterCarriageReturn = c == '\r';
            afterHighSurrogate = false;
            return;
        }
        afterCarriageReturn = false;
        if (Character.isLowSurrogate(c) && afterHighSurrogate) {
            pairEnds.computeIfAbsent(line, l -> new ArrayList<>()).add(offset);
        }
        afterHighSurrogate = Character.isHighSurrogate(c);
        offset++;
    }
}
