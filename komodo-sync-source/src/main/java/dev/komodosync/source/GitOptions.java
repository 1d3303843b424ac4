package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How git sources are read: where clones are cached, with which credentials, and how long to
 * wait for the remote and for another process holding the cache.
 *
 * <pre>{@code
 * GitOptions options = GitOptions.builder().cacheDirectory(Path.of("/var/cache/komodo-sync/git"))
 *         .credentials(GitCredentials.token(Secret.of(System.getenv("KOMODO_SYNC_GIT_TOKEN")))).build();
 * }</pre>
 *
 * @param cacheDirectory where clones are kept, one folder per repository, branch and pinned commit
 * @param credentials how to authenticate
 * @param timeout how long a network operation may stall
 * @param lockTimeout how long to wait for another process or thread using the same clone
 */
public record GitOptions(Path cacheDirectory, GitCredentials credentials, Duration timeout, Duration lockTimeout) {

    /** Checks the arguments. */
    public GitOptions {
        requireNonNull(cacheDirectory, "cacheDirectory");
        requireNonNull(credentials, "credentials");
        requirePositive(timeout, "timeout");
        requirePositive(lockTimeout, "lockTimeout");
    }

    /** The defaults: {@link #defaultCacheDirectory()}, no credentials, 60 seconds for the remote, 5 minutes for the lock. */
    public static GitOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code $XDG_CACHE_HOME/komodo-sync/git}, or {@code ~/.cache/komodo-sync/git} when that is not set. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("komodo-sync").resolve("git");
    }

    private static void requirePositive(Duration value, String name) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** Configures {@link GitOptions}; every setter validates at once. */
    public static final class Builder {
        private Path cacheDirectory;
        private GitCredentials credentials = GitCredentials.none();
        private Duration timeout = Duration.ofSeconds(60);
        private Duration lockTimeout = Duration.ofMinutes(5);

        private Builder() {}

        /** Where clones are cached. */
        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = requireNonNull(value, "cacheDirectory");
            return this;
        }

        /** How to authenticate. */
        public Builder credentials(GitCredentials value) {
            this.credentials = requireNonNull(value, "credentials");
            return this;
        }

        /** How long a network operation may stall (rounded up to whole seconds). */
        public Builder timeout(Duration value) {
            requirePositive(value, "timeout");
            this.timeout = value;
            return this;
        }

        /** How long to wait for another user of the same clone. */
        public Builder lockTimeout(Duration value) {
            requirePositive(value, "lockTimeout");
            this.lockTimeout = value;
            return this;
        }

        /** The options. */
        public GitOptions build() {
            return new GitOptions(cacheDirectory == null ? defaultCacheDirectory() : cacheDirectory, credentials,
                    timeout, lockTimeout);
        }
    }
}
