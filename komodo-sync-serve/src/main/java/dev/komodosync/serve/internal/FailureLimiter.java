package dev.komodosync.serve.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Failed authentications per client address in a sliding window (komodo-api §1.6, §4.2): an
 * address that failed {@code maxFailures} times within {@code window} is refused until the oldest
 * of those failures leaves the window. Other addresses are not affected. Thread-safe.
 */
public final class FailureLimiter {

    /** How many addresses are remembered at most; the oldest are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /** A limiter of {@code maxFailures} failures per {@code window}, timed by {@code clock}. */
    public FailureLimiter(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive: " + maxFailures);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether {@code address} has used up its failures. */
    public synchronized boolean blocked(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return false;
        }
        expire(times);
        if (times.isEmpty()) {
            failures.remove(address);
            return false;
        }
        return times.size() >= maxFailures;
    }

    /** Records a failed authentication from {@code address}. */
    public synchronized void fail(String address) {
        if (!failures.containsKey(address) && failures.size() >= MAX_ADDRESSES) {
            forgetExpired();
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        expire(times);
        times.addLast(clock.instant());
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
    }

    private void expire(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void forgetExpired() {
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            expire(times);
            if (times.isEmpty()) {
                it.remove();
            }
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // a flood of addresses: forget rather than grow without bound
        }
    }
}
