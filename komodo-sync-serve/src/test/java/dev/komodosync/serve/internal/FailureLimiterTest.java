package dev.komodosync.serve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAnAddressAfterItsFailuresAndNoOtherAddress() {
        ManualClock clock = new ManualClock();
        FailureLimiter limiter = new FailureLimiter(3, Duration.ofMinutes(1), clock);
        limiter.fail("10.0.0.1");
        limiter.fail("10.0.0.1");
        assertThat(limiter.blocked("10.0.0.1")).isFalse();
        limiter.fail("10.0.0.1");
        assertThat(limiter.blocked("10.0.0.1")).isTrue();
        assertThat(limiter.blocked("10.0.0.2")).isFalse();
    }

    @Test
    void failuresLeaveTheWindow() {
        ManualClock clock = new ManualClock();
        FailureLimiter limiter = new FailureLimiter(2, Duration.ofMinutes(1), clock);
        limiter.fail("a");
        clock.now = clock.now.plusSeconds(30);
        limiter.fail("a");
        assertThat(limiter.blocked("a")).isTrue();
        clock.now = clock.now.plusSeconds(31);
        assertThat(limiter.blocked("a")).isFalse();
    }
}
