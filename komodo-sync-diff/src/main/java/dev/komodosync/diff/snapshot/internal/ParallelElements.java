package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the elements of a large array of the top-level object — a snapshot's resources — on
 * every processor: runs of elements are written by worker threads, each through a generator of
 * its own at the same depth and with the same settings, and the text of each element is handed to
 * the one generator of the document in order, as a raw value, which writes the separators between
 * them. The bytes are those of writing every element through the document's generator. Small
 * documents, and machines with one processor, write inline. Not API.
 */
public final class ParallelElements implements AutoCloseable {

    /** Writes one element, an object, through {@code json}. */
    @FunctionalInterface
    public interface ElementWriter<T> {
        void write(JsonGenerator json, T element) throws IOException;
    }

    /** A generator with the document's settings (pretty printer, features) writing to {@code out}. */
    @FunctionalInterface
    public interface Generators {
        JsonGenerator create(OutputStream out) throws IOException;
    }

    /** Fewer elements than this in a document are written inline: threads would cost more than they save. */
    public static final int THRESHOLD = 2000;
    private static final int RUN = 64;

    private final ExecutorService workers;
    private final int inFlight;
    private final int run;

    private ParallelElements(ExecutorService workers, int inFlight, int run) {
        this.workers = workers;
        this.inFlight = inFlight;
        this.run = run;
    }

    /** Workers for a document of {@code elements} elements in all, or none when inline is better. */
    public static ParallelElements forDocument(int elements) {
        int processors = Runtime.getRuntime().availableProcessors();
        return elements < THRESHOLD || processors < 2 ? new ParallelElements(null, 0, RUN) : start(processors, RUN);
    }

    /** {@code threads} workers writing runs of {@code run} elements, whatever the size: for tests. */
    public static ParallelElements start(int threads, int run) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "komodo-sync-write");
            thread.setDaemon(true);
            return thread;
        });
        return new ParallelElements(workers, 2 * threads, run);
    }

    /**
     * Writes {@code elements} as the values of the array {@code json} has just started, a field of
     * the top-level object; {@code generators} must make generators configured as {@code json} is.
     */
    public <T> void write(JsonGenerator json, List<T> elements, ElementWriter<T> writer, Generators generators)
            throws IOException {
        if (workers == null || elements.size() <= run) {
            for (T element : elements) {
                writer.write(json, element);
            }
            return;
        }
        Deque<Future<List<Element>>> pending = new ArrayDeque<>();
        int next = 0;
        while (next < elements.size() || !pending.isEmpty()) {
            while (next < elements.size() && pending.size() < inFlight) {
                List<T> slice = elements.subList(next, Math.min(next + run, elements.size()));
                pending.add(workers.submit(() -> texts(slice, writer, generators)));
                next += slice.size();
            }
            for (Element element : take(pending.poll())) {
                json.writeRawValue(element);
            }
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** The text of each element, written one after another in an array of a top-level object. */
    private static <T> List<Element> texts(List<T> slice, ElementWriter<T> writer, Generators generators) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(slice.size() * 2048);
        int[] starts = new int[slice.size()];
        int[] ends = new int[slice.size()];
        try (JsonGenerator json = generators.create(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("elements");
            for (int i = 0; i < slice.size(); i++) {
                json.flush();
                starts[i] = out.size();
                writer.write(json, slice.get(i));
                json.flush();
                ends[i] = out.size();
            }
        }
        byte[] bytes = out.toByteArray();
        List<Element> texts = new ArrayList<>(slice.size());
        for (int i = 0; i < slice.size(); i++) {
            int start = starts[i];
            // What came before the element is the separator the document's generator writes itself.
            while (start < ends[i] && (bytes[start] == ',' || bytes[start] == ' ' || bytes[start] == '\n')) {
                start++;
            }
            texts.add(new Element(bytes, start, ends[i]));
        }
        return texts;
    }

    private static List<Element> take(Future<List<Element>> run) throws IOException {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException("writing an element failed", e.getCause()));
        }
    }

    /**
     * One element's UTF-8 text, a slice of its run's bytes, as the raw value a generator writes:
     * generators ask only for the unquoted UTF-8 bytes of a raw value.
     */
    private static final class Element implements SerializableString {
        private final byte[] bytes;
        private final int start;
        private final int end;

        Element(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            int length = end - start;
            if (offset + length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, start, buffer, offset, length);
            return length;
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return Arrays.copyOfRange(bytes, start, end);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes, start, end - start);
            return end - start;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (buffer.remaining() < end - start) {
                return -1;
            }
            buffer.put(bytes, start, end - start);
            return end - start;
        }

        @Override
        public String getValue() {
            return new String(bytes, start, end - start, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String value = getValue();
            if (offset + value.length() > buffer.length) {
                return -1;
            }
            value.getChars(0, value.length(), buffer, offset);
            return value.length();
        }

        // A raw value is never quoted.
        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException("a raw value is not quoted");
        }
    }
}
