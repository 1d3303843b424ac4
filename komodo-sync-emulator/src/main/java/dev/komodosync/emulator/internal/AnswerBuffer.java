package dev.komodosync.emulator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The text of an answer, written into an array that one thread keeps and reuses: an answer listing
 * every resource of a big store is megabytes, which allocated anew for each request would be fresh
 * memory the system clears and the collector reclaims, request after request. Not thread-safe: one
 * per thread ({@link #ofThisThread()}).
 */
final class AnswerBuffer extends OutputStream {

    private static final ThreadLocal<AnswerBuffer> PER_THREAD = ThreadLocal.withInitial(AnswerBuffer::new);
    /**
     * Kept between requests up to this size (the answer threads, 8 by default, keep at most eight
     * times this); a larger answer's array is let go at the thread's next request.
     */
    private static final int KEPT = 16 << 20;

    private byte[] bytes = new byte[8192];
    private int size;

    private AnswerBuffer() {}

    /** This thread's buffer, emptied. */
    static AnswerBuffer ofThisThread() {
        AnswerBuffer buffer = PER_THREAD.get();
        if (buffer.bytes.length > KEPT) {
            buffer.bytes = new byte[8192];
        }
        buffer.size = 0;
        return buffer;
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
        ensure(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    /** How many bytes were written. */
    int size() {
        return size;
    }

    /** Writes what was written to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            int wanted = Math.max(size + more, bytes.length * 2);
            if (wanted < 0) {
                throw new OutOfMemoryError("an answer of more than 2 GiB");
            }
            bytes = Arrays.copyOf(bytes, wanted);
        }
    }
}
