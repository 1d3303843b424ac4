package dev.komodosync.diff.snapshot.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Passes UTF-8 bytes through to the JSON parser, checking them as strictly as the JDK's decoder
 * does, and remembers where, on each line, a character took more than one byte. The parser counts
 * columns in bytes; diagnostics count them in code points (formats.md §2), and this is what
 * converts one into the other without keeping the text.
 *
 * <p>A byte that cannot be UTF-8 (a stray continuation, a lead byte of an overlong form, a
 * surrogate or a code point past U+10FFFF, a character cut short) ends the text: the bytes before
 * the character it spoils are passed on, and the next read throws a
 * {@link java.nio.charset.CharacterCodingException}, as a decoding reader does.
 *
 * <p>Multi-byte characters are kept as runs of characters of one width, one after the other on a
 * line, so that text in a script of multi-byte letters costs an entry per word, not per letter.
 */
final class Utf8Columns extends FilterInputStream implements ParserColumns {

    private int[] runLine = new int[16];
    private int[] runStart = new int[16];
    private int[] runEnd = new int[16];
    /** Per run, the bytes its characters took beyond one each on its line before it. */
    private long[] runBefore = new long[16];
    /** Per run, the bytes each of its characters takes beyond one (1 to 3). */
    private byte[] runExtra = new byte[16];
    private int runs;

    private int line = 1;
    /** The byte offset on the line of the next byte. */
    private int offset;
    private boolean afterCarriageReturn;

    /** Continuation bytes the character being read still needs. */
    private int pending;
    /** The range its next continuation byte must be in (the first one is narrower for some lead bytes). */
    private int lowest = 0x80;
    private int highest = 0xBF;
    private int charWidth;
    private int charStart;
    /** The code point of the character being read, so far. */
    private int codePoint;
    /** Where, counted in bytes from the start, the character being read began. */
    private long charFrom = -1;
    /** The last multi-byte character read whole, and where it began. */
    private int lastCodePoint;
    private long lastFrom = -1;
    private int lastWidth;
    /** The character that began in an earlier read and ended in the last one, and where it began (or -1). */
    private int carriedCodePoint;
    private long carriedFrom = -1;
    private int carriedWidth;
    /** The bytes passed on before the current read's. */
    private long passed;
    /** The buffer of the last read (the parser's own), and where in it those bytes are. */
    private byte[] lastBuffer;
    private int lastBufferFrom;
    private int lastBufferCount;
    private long lastBufferAt;

    /** The parser's buffer (it reads into the same one each time) seen eight bytes at a time. */
    private ByteBuffer words;

    /** A bad byte found: thrown by the next read. */
    private MalformedInputException failure;

    Utf8Columns(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int count = read(one, 0, 1);
        return count <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int count = in.read(buffer, from, length);
        if (count < 0) {
            if (pending > 0) {
                failure = new MalformedInputException(charWidth - pending);
                throw failure;
            }
            return count;
        }
        lastBuffer = buffer;
        carriedFrom = -1;
        lastBufferFrom = from;
        lastBufferCount = count;
        lastBufferAt = passed;
        int end = from + count;
        int i = from;
        // where, in this buffer, the character being read began (from - 1: in an earlier read)
        int lead = from - 1;
        while (i < end) {
            if (pending > 0) {
                int c = buffer[i] & 0xFF;
                if (c < lowest || c > highest) {
                    return fail(lead, from, c);
                }
                lowest = 0x80;
                highest = 0xBF;
                codePoint = codePoint << 6 | (c & 0x3F);
                offset++;
                i++;
                if (--pending == 0) {
                    addCharacter(charStart, charWidth);
                    lastCodePoint = codePoint;
                    lastFrom = charFrom;
                    lastWidth = charWidth;
                    if (charFrom < lastBufferAt) {
                        carriedCodePoint = codePoint;
                        carriedFrom = charFrom;
                        carriedWidth = charWidth;
                    }
                }
                continue;
            }
            // Most bytes are ASCII that neither breaks a line: they only move the column. Eight
            // at a time first: a word none of whose bytes is below 0x0E (a subtraction that
            // borrows sets the byte's top bit) or above 0x7F (its own top bit).
            int run = i;
            if (end - run >= 16) {
                ByteBuffer words = words(buffer);
                while (run + 8 <= end) {
                    long word = words.getLong(run);
                    if (((word - 0x0E0E0E0E0E0E0E0EL | word) & 0x8080808080808080L) != 0) {
                        break;
                    }
                    run += 8;
                }
            }
            while (run < end && buffer[run] > '\r') {
                run++;
            }
            if (run > i) {
                offset += run - i;
                afterCarriageReturn = false;
                i = run;
                continue;
            }
            int c = buffer[i] & 0xFF;
            if (c < 0x80) {
                track(c);
                i++;
                continue;
            }
            afterCarriageReturn = false;
            if (!startCharacter(c)) {
                return fail(i, from, c);
            }
            lead = i;
            charStart = offset;
            charFrom = passed + (i - from);
            codePoint = c & (0x7F >> charWidth);
            offset++;
            i++;
        }
        passed += count;
        return count;
    }

    /**
     * The character one of whose bytes is {@code at} bytes from the start (or that is still being
     * read and would have it), when it is the last
     * multi-byte one read, one read whole in the last read, or the one being read (whose remaining
     * bytes are then read): what the parser, which names a byte it did not expect, did not expect.
     * Not for use while parsing.
     */
    OptionalInt characterAt(long at) {
        if (lastFrom >= 0 && at >= lastFrom && at < lastFrom + lastWidth) {
            return OptionalInt.of(lastCodePoint);
        }
        if (carriedFrom >= 0 && at >= carriedFrom && at < carriedFrom + carriedWidth) {
            return OptionalInt.of(carriedCodePoint);
        }
        // The parser places its error at a byte of the character, or just after what it read of it.
        boolean beingRead = pending > 0 && at >= charFrom && at < charFrom + charWidth;
        if (lastBuffer != null && at >= lastBufferAt && at < lastBufferAt + lastBufferCount && !beingRead) {
            // a character read whole in the last buffer; the bytes were checked on the way
            int i = lastBufferFrom + (int) (at - lastBufferAt);
            for (int back = 0; back < 3 && i > lastBufferFrom && (lastBuffer[i] & 0xC0) == 0x80; back++) {
                i--;
            }
            int lead = lastBuffer[i] & 0xFF;
            int width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (width == 1 || i + width > lastBufferFrom + lastBufferCount) {
                return OptionalInt.empty();
            }
            int decoded = lead & (0x7F >> width);
            for (int k = 1; k < width; k++) {
                decoded = decoded << 6 | (lastBuffer[i + k] & 0x3F);
            }
            return OptionalInt.of(decoded);
        }
        if (!beingRead || failure != null) {
            return OptionalInt.empty();
        }
        try {
            byte[] rest = in.readNBytes(pending);
            for (byte b : rest) {
                int c = b & 0xFF;
                if (c < lowest || c > highest) {
                    return OptionalInt.empty();
                }
                lowest = 0x80;
                highest = 0xBF;
                codePoint = codePoint << 6 | (c & 0x3F);
            }
            if (rest.length < pending) {
                return OptionalInt.empty();
            }
            pending = 0;
            lastCodePoint = codePoint;
            lastFrom = charFrom;
            lastWidth = charWidth;
            return OptionalInt.of(codePoint);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    private ByteBuffer words(byte[] buffer) {
        if (words == null || words.array() != buffer) {
            words = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        }
        return words;
    }

    /** Begins the character whose lead byte is {@code c}, or says it cannot begin one. */
    private boolean startCharacter(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return expect(2, 0x80, 0xBF);
        } else if (c >= 0xE0 && c <= 0xEF) {
            return expect(3, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF);
        } else if (c >= 0xF0 && c <= 0xF4) {
            return expect(4, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF);
        }
        return false;
    }

    private boolean expect(int width, int low, int high) {
        charWidth = width;
        pending = width - 1;
        lowest = low;
        highest = high;
        return true;
    }

    /**
     * A bad byte: the bytes before the character it spoils are still read (from {@code from} to
     * {@code lead}, the character's first byte in this buffer); the next read throws.
     */
    private int fail(int lead, int from, int c) throws MalformedInputException {
        failure = new MalformedInputException(1);
        if (lead > from) {
            return lead - from;
        }
        throw failure;
    }

    private void track(int c) {
        if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
            line++;
        }
        if (c == '\r' || c == '\n') {
            offset = 0;
            afterCarriageReturn = c == '\r';
            return;
        }
        afterCarriageReturn = false;
        offset++;
    }

    /** A character of {@code width} bytes whose first byte is at {@code start} on the current line. */
    private void addCharacter(int start, int width) {
        int extra = width - 1;
        if (runs > 0) {
            int last = runs - 1;
            if (runLine[last] == line && runEnd[last] == start && runExtra[last] == extra) {
                runEnd[last] = start + width;
                return;
            }
        }
        if (runs == runLine.length) {
            int size = runs * 2;
            runLine = Arrays.copyOf(runLine, size);
            runStart = Arrays.copyOf(runStart, size);
            runEnd = Arrays.copyOf(runEnd, size);
            runBefore = Arrays.copyOf(runBefore, size);
            runExtra = Arrays.copyOf(runExtra, size);
        }
        long before = 0;
        if (runs > 0 && runLine[runs - 1] == line) {
            int last = runs - 1;
            before = runBefore[last] + extraIn(last, runEnd[last]);
        }
        runLine[runs] = line;
        runStart[runs] = start;
        runEnd[runs] = start + width;
        runBefore[runs] = before;
        runExtra[runs] = (byte) extra;
        runs++;
    }

    /** The extra bytes of run {@code run}'s characters that start before byte offset {@code until}. */
    private long extraIn(int run, int until) {
        int bytes = Math.min(runEnd[run], until) - runStart[run];
        int width = runExtra[run] + 1;
        return (long) ((bytes + width - 1) / width) * runExtra[run];
    }

    @Override
    public long position() {
        return ((long) line << 32) | 1;
    }

    @Override
    public int codePointColumn(int line, int byteColumn) {
        int at = byteColumn - 1;
        // the last run that is on an earlier line, or on this one and starts before the column
        int low = 0;
        int high = runs - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (runLine[middle] < line || runLine[middle] == line && runStart[middle] < at) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        int found = high;
        if (found < 0 || runLine[found] != line) {
            return Math.max(1, byteColumn);
        }
        long extra = runBefore[found] + extraIn(found, at);
        return (int) Math.max(1, byteColumn - extra);
    }

    @Override
    public long skip(long count) throws IOException {
        // read through, so that what is skipped is still counted and checked
        byte[] buffer = new byte[(int) Math.min(Math.max(count, 0), 8192)];
        long skipped = 0;
        while (skipped < count) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported: the columns follow the bytes read once
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
