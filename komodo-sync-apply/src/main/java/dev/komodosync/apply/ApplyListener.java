package dev.komodosync.apply;

import java.time.Duration;

/**
 * Follows an apply as it runs, e.g. to show progress. Called from the applier's threads (the
 * deploys of one round from several at once); an implementation must be thread-safe and quick.
 * Items and outcomes hold no secret.
 */
public interface ApplyListener {

    /** Listens to nothing. */
    ApplyListener NONE = new ApplyListener() {};

    /** An item starts. */
    default void started(ApplyItem item) {}

    /** An item ended (skipped items end without starting), after {@code took}. */
    default void finished(ItemOutcome outcome, Duration took) {}

    /** Deploy round {@code round} (1-based) of {@code rounds} starts with {@code deploys} deploys. */
    default void roundStarted(int round, int rounds, int deploys) {}
}
