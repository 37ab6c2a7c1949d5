package io.trunkline.aircall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.aircall.AircallWireMock;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    private final ManualClock time = new ManualClock(AircallWireMock.START);

    @Test
    void readsAResetBelowOneTrillionAsSeconds() {
        assertThat(RateLimitHeaders.resetInstant(1_732_622_903L)).isEqualTo(Instant.ofEpochSecond(1_732_622_903L));
    }

    @Test
    void readsAResetAboveOneTrillionAsMilliseconds() {
        assertThat(RateLimitHeaders.resetInstant(1_732_622_903_250L))
                .isEqualTo(Instant.ofEpochMilli(1_732_622_903_250L));
    }

    @Test
    void readsAllThreeAircallHeaders() {
        RateLimitHeaders headers = RateLimitHeaders.from(Headers.of("X-AircallApi-Limit", "120",
                "X-AircallApi-Remaining", "0", "X-AircallApi-Reset", "1732622903"), time);

        assertThat(headers.limit()).hasValue(120);
        assertThat(headers.remaining()).hasValue(0);
        assertThat(headers.exhausted()).isTrue();
        assertThat(headers.waitHint(AircallWireMock.START)).contains(Duration.ofSeconds(7));
    }

    @Test
    void prefersTheResetOverRetryAfter() {
        RateLimitHeaders headers = RateLimitHeaders.from(Headers.of("X-AircallApi-Reset",
                Long.toString(AircallWireMock.START.getEpochSecond() + 4), "Retry-After", "30"), time);

        assertThat(headers.waitHint(AircallWireMock.START)).contains(Duration.ofSeconds(4));
    }

    @Test
    void fallsBackToRetryAfterWhenTheResetIsAlreadyPast() {
        RateLimitHeaders headers = RateLimitHeaders.from(Headers.of("X-AircallApi-Reset",
                Long.toString(AircallWireMock.START.getEpochSecond() - 4), "Retry-After", "6"), time);

        assertThat(headers.waitHint(AircallWireMock.START)).contains(Duration.ofSeconds(6));
    }

    @Test
    void readsRetryAfterAsAnHttpDate() {
        RateLimitHeaders headers = RateLimitHeaders.from(Headers.of("Retry-After", "Tue, 26 Nov 2024 12:08:26 GMT"), time);

        assertThat(headers.retryAfter()).contains(Duration.ofSeconds(10));
    }

    @Test
    void treatsAbsentOrMalformedHeadersAsUnknown() {
        RateLimitHeaders headers = RateLimitHeaders.from(Headers.of("X-AircallApi-Remaining", "lots",
                "X-AircallApi-Reset", "soon", "Retry-After", "later"), time);

        assertThat(headers.remaining()).isEmpty();
        assertThat(headers.exhausted()).isFalse();
        assertThat(headers.waitHint(AircallWireMock.START)).isEmpty();
        assertThat(RateLimitHeaders.from(Headers.of(), time).waitHint(AircallWireMock.START)).isEmpty();
    }
}
