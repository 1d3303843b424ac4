package dev.komodosync.diff.snapshot.internal;

import static com.google.common.base.Preconditions.checkPositionIndexes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes written to memory in blocks that are never copied: a growing array (a
 * {@code ByteArrayOutputStream}) copies tens of megabytes of snapshot text over and over as it
 * doubles, and once more to hand them out. The first block is small, so a small text costs little;
 * each next one is twice as large, up to {@link #MAX_BLOCK}. Not thread-safe.
 */
public final class ByteBlocks extends OutputStream {

    static final int FIRST_BLOCK = 1 << 12;
    static final int MAX_BLOCK = 1 << 20;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[FIRST_BLOCK];
    private int used;
    private long size;

    /** Empty. */
    public ByteBlocks() {}

    @Override
    public void write(int b) {
        if (used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        checkPositionIndexes(offset, offset + length, bytes.length);
        size += length;
        while (length > 0) {
            if (used == current.length) {
                next();
            }
            int part = Math.min(length, current.length - used);
            System.arraycopy(bytes, offset, current, used, part);
            used += part;
            offset += part;
            length -= part;
        }
    }

    /** How many bytes were written. */
    public long size() {
        return size;
    }

    /** Writes bytes {@code from} (inclusive) to {@code to} (exclusive) of what was written to {@code out}. */
    public void writeTo(OutputStream out, long from, long to) throws IOException {
        if (from < 0 || to < from || to > size) {
            throw new IndexOutOfBoundsException("bytes " + from + " to " + to + " of " + size);
        }
        long start = 0;
        for (int i = 0; i <= full.size() && start < to; i++) {
            byte[] block = i < full.size() ? full.get(i) : current;
            int length = i < full.size() ? block.length : used;
            long end = start + length;
            if (end > from) {
                int first = (int) Math.max(0, from - start);
                int last = (int) (Math.min(to, end) - start);
                out.write(block, first, last - first);
            }
            start = end;
        }
    }

    private void next() {
        full.add(current);
        current = new byte[Math.min(MAX_BLOCK, current.length * 2)];
        used = 0;
    }
}
