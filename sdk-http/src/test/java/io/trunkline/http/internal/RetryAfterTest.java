package io.trunkline.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDeltaSecondsAndHttpDates() {
        assertThat(RetryAfter.parse(" 7 ", CLOCK)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Wed, 15 Jan 2025 10:01:00 GMT", CLOCK)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void neverReturnsANegativeWait() {
        assertThat(RetryAfter.parse("-5", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Wed, 15 Jan 2025 09:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void treatsAbsentOrGarbledValuesAsNoHint() {
        assertThat(RetryAfter.parse(null, CLOCK)).isNull();
        assertThat(RetryAfter.parse("  ", CLOCK)).isNull();
        assertThat(RetryAfter.parse("soon", CLOCK)).isNull();
    }
}
