package dev.komodosync.diff.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The file operations a write is made of, as a seam: {@link AtomicFiles} writes through it, the
 * real file system by default, and tests put faults in it (fail on the N-th file, a short write,
 * a file edited between prepare and write) without real disks or permissions. Not API.
 */
public interface FileWrites {

    /** A new empty file in {@code folder}, named from {@code name}, for writing. */
    Path createTemp(Path folder, String name) throws IOException;

    /** Writes all of {@code bytes} to {@code file}, replacing what it holds, and forces them to the disk. */
    void write(Path file, byte[] bytes) throws IOException;

    /**
     * A stream that writes {@code file} anew, replacing what it holds; what it writes is not forced
     * to the disk when it is closed. The caller closes it.
     */
    OutputStream stream(Path file) throws IOException;

    /** Moves {@code from} over {@code to} in one step (an atomic rename in one folder). */
    void replace(Path from, Path to) throws IOException;

    /** Deletes {@code file} if it exists. */
    void delete(Path file) throws IOException;

    /** The bytes {@code file} holds now, or empty when there is no such file. */
    Optional<byte[]> read(Path file) throws IOException;

    /** {@code file}'s POSIX permissions, when the file system has them. */
    Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException;

    /** Sets {@code file}'s POSIX permissions. */
    void permissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

    /** The real file system. */
    FileWrites REAL = new RealFileWrites();
}
