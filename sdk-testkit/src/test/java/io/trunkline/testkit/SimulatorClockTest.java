package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimulatorClockTest {

    @Test
    void standsStillUntilAdvanced() {
        SimulatorClock clock = SimulatorClock.create();

        Instant before = clock.instant();
        clock.advance(Duration.ofSeconds(90));

        assertThat(before).isEqualTo(SimulatorClock.DEFAULT_START);
        assertThat(clock.instant()).isEqualTo(SimulatorClock.DEFAULT_START.plusSeconds(90));
    }

    @Test
    void refusesToRunBackwardsButCanBeSet() {
        SimulatorClock clock = SimulatorClock.startingAt(Instant.EPOCH);

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant(Instant.parse("2030-01-01T00:00:00Z")).instant())
                .isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Test
    void sharesItsTimeWithViewsInOtherZones() {
        SimulatorClock clock = SimulatorClock.create();
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofMinutes(2));

        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
