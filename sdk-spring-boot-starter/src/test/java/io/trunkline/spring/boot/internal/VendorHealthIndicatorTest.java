package io.trunkline.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The indicator's own rules, on a probe that needs no vendor: caching by the clock, surprises, URLs. */
class VendorHealthIndicatorTest {

    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aResultIsReusedUntilItsTimeToLiveHasPassed() {
        ManualClock clock = new ManualClock(START);
        VendorHealthIndicator indicator = new VendorHealthIndicator(probe("https://api.example.com/v2",
                reads::incrementAndGet), Duration.ofSeconds(60), clock);

        indicator.health();
        clock.set(START.plusSeconds(59));
        indicator.health();
        assertThat(reads).as("still fresh").hasValue(1);

        clock.set(START.plusSeconds(60));
        Health second = indicator.health();
        assertThat(reads).hasValue(2);
        assertThat(second.getDetails()).containsEntry("checkedAt", START.plusSeconds(60).toString());
    }

    @Test
    void anUnexpectedFailureIsDownWithoutItsMessage() {
        VendorHealthIndicator indicator = new VendorHealthIndicator(probe("https://api.example.com/v2", () -> {
            throw new IllegalStateException("boom with input sk-live-123");
        }), Duration.ZERO, new ManualClock(START));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "the check failed: IllegalStateException");
        assertThat(health.toString()).doesNotContain("sk-live-123");
    }

    @Test
    void credentialsInTheBaseUrlAreNeverShown() {
        VendorHealthIndicator indicator = new VendorHealthIndicator(probe("https://user:pa55word@api.example.com/v2",
                reads::incrementAndGet), Duration.ZERO, new ManualClock(START));

        Health health = indicator.health();

        assertThat(health.getDetails()).containsEntry("baseUrl", "https://api.example.com/v2");
        assertThat(health.toString()).doesNotContain("pa55word").doesNotContain("user:");
    }

    private static VendorProbe probe(String baseUrl, Runnable read) {
        return new VendorProbe("Example", "GET /ping", baseUrl, "check trunkline.example.key", "trunkline.example",
                read, () -> { });
    }
}
