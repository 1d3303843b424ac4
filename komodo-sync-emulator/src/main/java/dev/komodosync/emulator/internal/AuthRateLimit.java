package dev.komodosync.emulator.internal;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Core's limit on failed authentications (komodo-api §1.6), off unless configured: at most
 * {@code maxAttempts} failures per client IP in a sliding {@code window}. Once reached, every
 * request of that IP that passes the limiter gets 429 {@code Too many attempts | Try again in Ns}
 * until the oldest failure leaves the window; before that, each failure's message gets
 * {@code | You have N attempts remaining} and its trace folded in. The client IP is the first
 * entry of {@code X-Forwarded-For}, else {@code X-Real-IP}, else the socket's address.
 */
final class AuthRateLimit {

    private final int maxAttempts;
    private final Duration window;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    AuthRateLimit(int maxAttempts, Duration window) {
        this.maxAttempts = maxAttempts;
        this.window = window;
    }

    boolean enabled() {
        return maxAttempts > 0;
    }

    /** 429 when the client has used up its attempts. */
    synchronized void check(HttpExchange exchange) {
        if (!enabled()) {
            return;
        }
        Deque<Long> recent = recent(clientIp(exchange), System.nanoTime());
        if (recent.size() >= maxAttempts) {
            long waitNanos = recent.peekFirst() + window.toNanos() - System.nanoTime();
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw ApiError.status(429, "Too many attempts | Try again in " + seconds + "s");
        }
    }

    /** Counts a failed authentication and says how many attempts remain, in the failure's own words. */
    synchronized ApiError failed(HttpExchange exchange, ApiError failure) {
        if (!enabled()) {
            return failure;
        }
        Deque<Long> recent = recent(clientIp(exchange), System.nanoTime());
        recent.addLast(System.nanoTime());
        StringBuilder message = new StringBuilder(failure.getMessage());
        failure.trace().forEach(cause -> message.append(" | ").append(cause));
        message.append(" | You have ").append(Math.max(0, maxAttempts - recent.size())).append(" attempts remaining");
        return ApiError.status(failure.status(), message.toString());
    }

    private Deque<Long> recent(String ip, long now) {
        Deque<Long> recent = failures.computeIfAbsent(ip, key -> new ArrayDeque<>());
        while (!recent.isEmpty() && recent.peekFirst() + window.toNanos() <= now) {
            recent.removeFirst();
        }
        return recent;
    }

    private static String clientIp(HttpExchange exchange) {
        String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return List.of(forwarded.split(",")).get(0).trim();
        }
        String real = exchange.getRequestHeaders().getFirst("X-Real-IP");
        if (real != null && !real.isBlank()) {
            return real.trim();
        }
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }
}
