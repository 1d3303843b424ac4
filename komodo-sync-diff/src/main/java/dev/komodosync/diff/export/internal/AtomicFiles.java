package dev.komodosync.diff.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes that never half-happen. A regular file (or a new path) is written to a temporary file in
 * its own folder, which then replaces it in one rename, with the old file's permissions: a full
 * disk or a crash leaves the old file whole, never one cut off mid-string. A link is written
 * through to its target (inside the root, when one is given); a target that is not a regular file
 * ({@code /dev/stdout}, a FIFO) is written directly. {@link #writeAll} writes several files all or
 * none, and refuses a file that changed on disk since it was read. Not API.
 */
public final class AtomicFiles {

    /**
     * One file of a write-all.
     *
     * @param path where it is
     * @param name how messages name it
     * @param expected what it must hold now, or empty when it must not exist yet
     * @param text its new text
     */
    public record Change(Path path, String name, Optional<String> expected, String text) {}

    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {}

    /** Writes {@code text} to {@code target} in one step (no root: a link is followed wherever it leads). */
    public static void write(Path target, String text, FileWrites io) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), io);
    }

    /** Writes {@code bytes} to {@code target} in one step, as {@link #write(Path, String, FileWrites)} writes a text. */
    public static void write(Path target, byte[] bytes, FileWrites io) throws IOException {
        replace(target, io, file -> io.write(file, bytes));
    }

    /** What a streamed write writes: text too large to hold whole. */
    @FunctionalInterface
    public interface Body {
        /** Writes the text to {@code out}, which buffers it; {@code out} is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code body} writes to {@code target} in one step, as {@link #write(Path, String,
     * FileWrites)} does, streamed into the temporary file rather than held (a snapshot of a big Core
     * is tens of megabytes). The temporary file is not forced to the disk before it replaces the
     * target: what is written this way can be made again, and a full disk or a failed write still
     * leaves the old file whole.
     */
    public static void write(Path target, Body body, FileWrites io) throws IOException {
        replace(target, io, file -> {
            try (OutputStream out = new BufferedOutputStream(io.stream(file), BUFFER)) {
                body.writeTo(out);
            }
        });
    }

    /**
     * {@code target} (a link's target) filled by {@code filler}: in a temporary file beside it that
     * then replaces it, or directly when it exists and is not a regular file.
     */
    private static void replace(Path target, FileWrites io, Filler filler) throws IOException {
        Path real = resolve(target, null, target.toString());
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            try {
                filler.fill(real);
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + describe(e), e);
            }
            return;
        }
        Path folder = real.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": there is no folder " + folder);
        }
        Path temp = null;
        try {
            temp = temp(real, io, filler);
            io.replace(temp, real);
        } catch (IOException e) {
            deleteQuietly(temp, io);
            throw new IOException("cannot write " + target + ": " + describe(e) + "; it was left as it was", e);
        }
    }

    /**
     * Writes every change or none. Each file must still hold what it was read with (or still not
     * exist); every new text goes to a temporary file first; then each replaces its file. When a
     * replacement fails, the files already replaced are restored; the exception's message says
     * which files changed, if any could not be restored.
     *
     * @param root the folder links must stay inside, or null
     */
    public static void writeAll(List<Change> changes, Path root, FileWrites io) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Change change : changes) {
            Path real = resolve(change.path(), root, change.name());
            if (Files.exists(real) && !Files.isRegularFile(real)) {
                throw new IOException("cannot write " + change.name() + ": not a regular file; nothing was written");
            }
            Optional<byte[]> now = io.read(real);
            Optional<byte[]> expected = change.expected().map(t -> t.getBytes(StandardCharsets.UTF_8));
            boolean same = now.isPresent() == expected.isPresent()
                    && (now.isEmpty() || Arrays.equals(now.get(), expected.get()));
            if (!same) {
                throw new IOException(change.name() + (expected.isEmpty() ? " was created" : " changed on disk")
                        + " since the write-back read it; nothing was written (run it again)");
            }
            targets.add(real);
        }
        List<Path> temps = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            try {
                temps.add(temp(targets.get(i), changes.get(i).text().getBytes(StandardCharsets.UTF_8), io));
            } catch (IOException e) {
                temps.forEach(t -> deleteQuietly(t, io));
                throw new IOException("cannot write " + changes.get(i).name() + ": " + describe(e) + "; nothing was written", e);
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            try {
                io.replace(temps.get(i), targets.get(i));
            } catch (IOException e) {
                temps.subList(i, temps.size()).forEach(t -> deleteQuietly(t, io));
                List<String> changed = restore(changes.subList(0, i), targets.subList(0, i), io);
                throw new IOException("cannot write " + changes.get(i).name() + ": " + describe(e) + "; "
                        + (changed.isEmpty() ? "nothing was written" + (i > 0 ? " (" + i + " file" + (i == 1 ? "" : "s")
                                + " written before it restored)" : "")
                                : "these files were changed and could not be restored: " + String.join(", ", changed)), e);
            }
        }
    }

    /** Puts back what the files held; the names of those that could not be put back. */
    private static List<String> restore(List<Change> written, List<Path> targets, FileWrites io) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Change change = written.get(i);
            Path temp = null;
            try {
                if (change.expected().isEmpty()) {
                    io.delete(targets.get(i));
                } else {
                    temp = temp(targets.get(i), change.expected().get().getBytes(StandardCharsets.UTF_8), io);
                    io.replace(temp, targets.get(i));
                }
            } catch (IOException e) {
                deleteQuietly(temp, io);
                changed.add(change.name());
            }
        }
        return changed;
    }

    /** A temporary file beside {@code target} holding {@code bytes}, with {@code target}'s permissions. */
    private static Path temp(Path target, byte[] bytes, FileWrites io) throws IOException {
        return temp(target, io, file -> io.write(file, bytes));
    }

    /** Fills a file. */
    private interface Filler {
        void fill(Path temp) throws IOException;
    }

    /** A temporary file beside {@code target} that {@code filler} filled, with {@code target}'s permissions. */
    private static Path temp(Path target, FileWrites io, Filler filler) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        Path temp = io.createTemp(folder, target.getFileName().toString());
        try {
            filler.fill(temp);
            Optional<Set<PosixFilePermission>> mode = io.permissions(target);
            if (mode.isPresent()) {
                io.permissions(temp, mode.get());
            }
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp, io);
            throw e;
        }
    }

    /** Where a write to {@code target} goes: a link's target (which must be inside {@code root}, if given). */
    private static Path resolve(Path target, Path root, String name) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            throw new IOException("cannot write " + name + ": it is a link that leads nowhere (" + describe(e) + ")", e);
        }
        if (root != null && !real.startsWith(root.toRealPath())) {
            throw new IOException("cannot write " + name + ": it is a link to a place outside " + root
                    + "; nothing was written");
        }
        return real;
    }

    private static void deleteQuietly(Path temp, FileWrites io) {
        if (temp == null) {
            return;
        }
        try {
            io.delete(temp);
        } catch (IOException ignored) {
            // the temporary file stays behind, hidden (its name starts with a dot); the target is untouched
        }
    }

    /** What went wrong, in words: never just the path again. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder" + (missing.getFile() == null ? "" : ": " + missing.getFile());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
