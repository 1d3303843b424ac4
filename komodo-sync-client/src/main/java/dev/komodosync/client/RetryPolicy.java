package dev.komodosync.client;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a read call is tried again after a failure that may pass: a 502, 503 or 504, a connection
 * that could not be made or broke, or Core's rate limiter (429). Writes and executions are never
 * tried again (Komodo finishes a write whose client went away: a second one could act twice),
 * and neither is a 500 with Komodo's JSON error body, which says what is wrong.
 *
 * <p>Backoff is exponential with full jitter: before attempt {@code n + 1}, a random wait of up to
 * {@code min(maxBackoff, initialBackoff × 2^(n-1))}. A 429 waits as long as Core says (its
 * {@code Retry-After} header, else the "Try again in N s" of its message), up to {@code maxWait}.
 *
 * @param maxAttempts attempts in all, the first included (1 = never try again)
 * @param initialBackoff the longest wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 * @param maxWait the longest wait a 429 may ask for; a longer one fails the call at once
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxWait) {

    /** Checks the arguments. */
    public RetryPolicy {
        checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
        requireNonNull(initialBackoff, "initialBackoff");
        requireNonNull(maxBackoff, "maxBackoff");
        requireNonNull(maxWait, "maxWait");
        checkArgument(!initialBackoff.isNegative(), "initialBackoff must not be negative: %s", initialBackoff);
        checkArgument(maxBackoff.compareTo(initialBackoff) >= 0,
                "maxBackoff must be at least initialBackoff: %s < %s", maxBackoff, initialBackoff);
        checkArgument(!maxWait.isNegative(), "maxWait must not be negative: %s", maxWait);
    }

    /** Four attempts, backing off from 250 ms up to 4 s; a 429 may ask for up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30));
    }

    /** One attempt only. */
    public static RetryPolicy never() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
