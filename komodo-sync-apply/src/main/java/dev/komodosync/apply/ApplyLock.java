package dev.komodosync.apply;

/**
 * Keeps two applies of one sync from running at once. The CLI's lock is a file keyed by Core URL
 * and sync; an embedder plugs in its own (a database row, a lease).
 */
public interface ApplyLock {

    /** A lock that never refuses, for callers that serialise applies themselves. */
    ApplyLock NONE = key -> () -> {};

    /**
     * Takes the lock for {@code key}.
     *
     * @return the held lock, released by {@link Held#close()}
     * @throws LockedException when another apply holds it
     */
    Held acquire(String key) throws LockedException;

    /** A held lock. */
    interface Held extends AutoCloseable {
        /** Releases the lock. */
        @Override
        void close();
    }

    /** Another apply holds the lock. */
    final class LockedException extends Exception {
        private static final long serialVersionUID = 1L;

        /** A refusal naming the holder. */
        public LockedException(String message) {
            super(message);
        }
    }
}
