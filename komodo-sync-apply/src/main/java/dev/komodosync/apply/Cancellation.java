package dev.komodosync.apply;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running apply to stop. The applier looks between items: the item running finishes
 * (a deploy round already started runs to its end) and every later item is skipped as cancelled.
 * Thread-safe.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Cancellation() {}

    /** A cancellation not yet requested. */
    public static Cancellation create() {
        return new Cancellation();
    }

    /** Requests the apply to stop. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether a stop was requested. */
    public boolean isCancelled() {
        return cancelled.get();
    }
}
