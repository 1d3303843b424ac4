package dev.komodosync.client.internal;

import dev.komodosync.client.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long to wait before trying a read again. Not API. */
final class Backoff {

    /** Core's rate limiter: {@code Too many attempts | Try again in 9s} (komodo-api §1.6). */
    private static final Pattern TRY_AGAIN = Pattern.compile("[Tt]ry again in (\\d+) ?s");

    private Backoff() {}

    /** Exponential backoff with full jitter before attempt {@code attempt + 1}. */
    static Duration delay(RetryPolicy policy, int attempt) {
        long initial = policy.initialBackoff().toMillis();
        long cap = policy.maxBackoff().toMillis();
        long ceiling = Math.min(cap, initial << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** What a 429 asks for: {@code Retry-After} (seconds), else Komodo's text, else the backoff. */
    static Duration rateLimitWait(Optional<String> retryAfter, String body, RetryPolicy policy, int attempt) {
        Optional<Duration> header = retryAfter.flatMap(Backoff::seconds);
        if (header.isPresent()) {
            return header.get();
        }
        Matcher said = TRY_AGAIN.matcher(body);
        if (said.find()) {
            return seconds(said.group(1)).orElse(delay(policy, attempt));
        }
        return delay(policy, attempt);
    }

    private static Optional<Duration> seconds(String text) {
        try {
            long seconds = Long.parseLong(text.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            // Retry-After may also be an HTTP date; Core never sends one: back off instead.
            return Optional.empty();
        }
    }
}
