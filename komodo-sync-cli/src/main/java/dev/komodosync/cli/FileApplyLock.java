package dev.komodosync.cli;

import dev.komodosync.apply.ApplyLock;
import dev.komodosync.model.internal.Sha256;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The CLI's {@link ApplyLock}: an OS file lock on {@code <key digest>.lock} under
 * {@code $XDG_STATE_HOME/komodo-sync/locks/} (else {@code ~/.local/state/...}) — not in the sync
 * folder, which may be a git checkout. The key names the Core URL and the sync; the lock goes with
 * the process, so a crashed apply leaves nothing to clean up. The file holds the key, for people.
 */
final class FileApplyLock implements ApplyLock {

    private final Path folder;

    private FileApplyLock(Path folder) {
        this.folder = folder;
    }

    /** The lock folder the environment names. */
    static FileApplyLock in(Map<String, String> environment) {
        String state = environment.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state");
        return new FileApplyLock(base.resolve("komodo-sync").resolve("locks"));
    }

    @Override
    public Held acquire(String key) throws LockedException {
        Path file = folder.resolve(digest(key) + ".lock");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException held) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LockedException("another apply of " + key + " is running (lock " + file + ")");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8)));
            FileLock taken = lock;
            return () -> {
                try {
                    taken.release();
                    channel.close();
                } catch (IOException ignored) {
                    // Closing the channel releases the lock in any case; nothing is left to do.
                }
            };
        } catch (IOException e) {
            throw new LockedException("cannot take the apply lock " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String digest(String key) {
        return Sha256.hex(key).substring(0, 32);
    }
}
