package dev.komodosync.source.internal;

import dev.komodosync.model.internal.Sha256;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One clone in the cache: a folder per repository, branch and pinned commit (as Komodo keeps one
 * per {@code provider/repo/branch/commit}), holding the bare repository {@code repo.git}, the lock
 * file {@code lock}, and the marker {@code complete}.
 *
 * <p>Safe for several processes: whoever uses the clone holds an exclusive lock on {@code lock}
 * (and, within one JVM, a lock of its own, as file locks are per process). Repairs itself: the
 * marker is removed before every fetch and written after it succeeds, so a clone whose last fetch
 * died half-way has no marker and is wiped and cloned again.
 */
final class CacheEntry {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path folder;

    private CacheEntry(Path folder) {
        this.folder = folder;
    }

    /** The entry of {@code url} (without credentials), {@code branch} and {@code commit} ({@code latest}: none) under {@code cache}. */
    static CacheEntry of(Path cache, String url, String branch, String commit) {
        String key = url + "\n" + branch + "\n" + commit;
        String readable = (url.replaceFirst("^[a-zA-Z+]+://", "").replaceFirst("\\.git$", "") + "-" + branch)
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "").toLowerCase(Locale.ROOT);
        if (readable.length() > 60) {
            readable = readable.substring(readable.length() - 60);
        }
        return new CacheEntry(cache.toAbsolutePath().normalize().resolve(readable + "-" + sha256(key).substring(0, 16)));
    }

    Path folder() {
        return folder;
    }

    Path repository() {
        return folder.resolve("repo.git");
    }

    /** Whether the last fetch into the clone completed. */
    boolean isComplete() {
        return Files.isRegularFile(folder.resolve("complete"));
    }

    /** Marks the clone incomplete (before a fetch) or complete (after it). */
    void markComplete(boolean complete) throws IOException {
        Path marker = folder.resolve("complete");
        if (complete) {
            Files.writeString(marker, "ok\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(marker);
        }
    }

    /** Deletes the clone (not the lock file, which the caller holds). */
    void wipe() throws IOException {
        markComplete(false);
        Path repository = repository();
        if (!Files.exists(repository)) {
            return;
        }
        Files.walkFileTree(repository, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // gone already
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Takes the entry for this thread and process, waiting up to {@code timeout}.
     *
     * @return the held lock, or {@code null} when another holder kept it for longer
     */
    Held lock(Duration timeout) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            // A clone of a private repository is for its user only (where the file system has owners).
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException impossible) {
                    lock = null; // the in-process lock rules this out; wait as for another process
                }
                if (lock != null) {
                    return new Held(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    local.unlock();
                    return null;
                }
                Thread.sleep(25);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    /** The entry's lock, held until closed. */
    static final class Held implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(ReentrantLock local, FileChannel channel, FileLock lock) {
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            } catch (NoSuchFileException gone) {
                // nothing held any more
            } finally {
                local.unlock();
            }
        }
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
