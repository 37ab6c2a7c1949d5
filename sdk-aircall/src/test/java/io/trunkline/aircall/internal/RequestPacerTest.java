package io.trunkline.aircall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.aircall.AircallWireMock;
import io.trunkline.testsupport.LogCapture;
import io.trunkline.testsupport.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RequestPacerTest {

    private final ManualClock time = new ManualClock(AircallWireMock.START);

    private List<Instant> acquireTimes(RequestPacer pacer, int count, Random gaps) throws InterruptedException {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pacer.acquire();
            times.add(time.instant());
            time.advance(Duration.ofMillis(gaps.nextInt(400)));
        }
        return times;
    }

    private static void assertAtMostPerWindow(List<Instant> times, int permits, Duration window) {
        for (int i = permits; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - permits), times.get(i)))
                    .as("permit %d must come a full window after permit %d", i, i - permits)
                    .isGreaterThanOrEqualTo(window);
        }
    }

    @Test
    void letsTheBudgetThroughWithoutWaiting() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(3, Duration.ofSeconds(60), time, time::sleep);

        for (int i = 0; i < 3; i++) {
            assertThat(pacer.acquire()).isZero();
        }
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void waitsUntilTheOldestPermitLeavesTheWindow() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(2, Duration.ofSeconds(60), time, time::sleep);
        pacer.acquire();
        time.advance(Duration.ofSeconds(10));
        pacer.acquire();

        pacer.acquire();

        // the window plus the 2 % guard (1.2 s of 60 s) after the oldest permit
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(51_200));
        assertThat(time.instant()).isEqualTo(AircallWireMock.START.plusMillis(61_200));
    }

    @Test
    void neverExceedsTheBudgetInAnySlidingWindowWithIrregularTraffic() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(120, Duration.ofSeconds(60), time, time::sleep);

        List<Instant> times = acquireTimes(pacer, 1_000, new Random(7));

        assertAtMostPerWindow(times, 120, Duration.ofSeconds(60));
        assertThat(time.sleeps()).isNotEmpty();
    }

    @Test
    void pausesEveryoneUntilTheGivenInstant() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(100, Duration.ofSeconds(60), time, time::sleep);
        pacer.pauseUntil(AircallWireMock.START.plusSeconds(9));
        pacer.pauseUntil(AircallWireMock.START.plusSeconds(4));

        pacer.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void pausesUntilResetWhenAircallSaysNothingRemains() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(100, Duration.ofSeconds(60), time, time::sleep);
        pacer.observe(RateLimitHeaders.from(Headers.of("X-AircallApi-Remaining", "0",
                "X-AircallApi-Reset", Long.toString(AircallWireMock.START.getEpochSecond() + 12)), time));

        pacer.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void pausesForAWindowWhenNothingRemainsAndNoResetIsGiven() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(100, Duration.ofSeconds(60), time, time::sleep);
        pacer.observe(RateLimitHeaders.from(Headers.of("X-AircallApi-Remaining", "0"), time));

        pacer.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void lowersTheBudgetToASmallerServerLimit() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(4, Duration.ofSeconds(60), time, time::sleep);
        pacer.observe(RateLimitHeaders.from(Headers.of("X-AircallApi-Limit", "2"), time));

        List<Instant> times = acquireTimes(pacer, 10, new Random(1));

        assertAtMostPerWindow(times, 2, Duration.ofSeconds(60));
    }

    @Test
    void neverRaisesTheBudgetAboveTheConfiguredOne() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(4, Duration.ofSeconds(60), time, time::sleep);
        pacer.observe(RateLimitHeaders.from(Headers.of("X-AircallApi-Limit", "500"), time));

        for (int i = 0; i < 5; i++) {
            pacer.acquire();
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(61_200));
    }

    @Test
    void handsOutNonOverlappingSlotsToConcurrentThreads() throws Exception {
        // A frozen clock: each thread's slot is "now + the wait it was given".
        Clock frozen = Clock.fixed(AircallWireMock.START, ZoneOffset.UTC);
        ConcurrentLinkedQueue<Instant> slots = new ConcurrentLinkedQueue<>();
        RequestPacer pacer = new RequestPacer(10, Duration.ofSeconds(1), frozen,
                wait -> slots.add(AircallWireMock.START.plus(wait)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    for (int j = 0; j < 25; j++) {
                        if (pacer.acquire().isZero()) {
                            slots.add(AircallWireMock.START);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Instant> sorted = slots.stream().sorted().toList();
        assertThat(sorted).hasSize(200);
        assertAtMostPerWindow(sorted, 10, Duration.ofSeconds(1));
        // 19 full spacings of the 1 s window plus its 50 ms guard
        assertThat(sorted.get(199)).isEqualTo(AircallWireMock.START.plusMillis(19 * 1_050));
    }

    @Test
    void keepsAGuardOfTwoPercentOfTheWindowBetweenPermitsAWindowApart() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(1, Duration.ofSeconds(10), time, time::sleep);
        pacer.acquire();

        pacer.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(10_200));
    }

    @Test
    void rejectsAnEmptyBudget() {
        assertThatThrownBy(() -> new RequestPacer(0, Duration.ofSeconds(1), time, time::sleep))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestPacer(1, Duration.ZERO, time, time::sleep))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaitLongerThanASecondIsLoggedAtInfoWithTheBudgetAndTheQueue() throws InterruptedException {
        // a sleeper that does not advance the clock: the four callers all arrive at the same instant
        RequestPacer pacer = new RequestPacer(2, Duration.ofSeconds(60), time, duration -> { });

        List<String> info;
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 4; i++) {
                pacer.acquire();
            }
            info = log.infoLines();
        }

        assertThat(info).hasSize(2);
        assertThat(info.get(0)).endsWith("Waiting 62 s for Aircall's rate limit (2 requests per minute): 1 request queued");
        assertThat(info.get(1)).endsWith("Waiting 62 s for Aircall's rate limit (2 requests per minute): 2 requests queued");
    }

    @Test
    void aWaitOfASecondOrLessStaysBelowInfo() throws InterruptedException {
        RequestPacer pacer = new RequestPacer(1, Duration.ofMillis(500), time, time::sleep);

        try (LogCapture log = new LogCapture()) {
            pacer.acquire();
            assertThat(pacer.acquire()).isEqualTo(Duration.ofMillis(550));
            assertThat(log.infoLines()).isEmpty();
        }
    }

    /** Records what the pacer asks of a shared budget and answers with a wait of its choosing. */
    private static final class RecordingBudget implements io.trunkline.core.spi.RateBudget {
        final List<String> calls = new ArrayList<>();
        Duration answer = Duration.ZERO;

        @Override
        public Duration reserve(int limit, Duration window, Duration earliest) {
            calls.add("reserve " + limit + " per " + window.toMillis() + " ms, earliest " + earliest.toMillis() + " ms");
            return answer;
        }

        @Override
        public void pause(Duration duration) {
            calls.add("pause " + duration.toMillis() + " ms");
        }
    }

    @Test
    void reservesEachRequestInTheSharedBudgetNoEarlierThanItsOwnSlotAndWaitsWhatTheBudgetSays() throws InterruptedException {
        RecordingBudget shared = new RecordingBudget();
        RequestPacer pacer = new RequestPacer(1, Duration.ofSeconds(60), time, time::sleep, shared);

        shared.answer = Duration.ofSeconds(7);           // other replicas used the budget
        assertThat(pacer.acquire()).isEqualTo(Duration.ofSeconds(7));
        shared.answer = Duration.ofSeconds(61);
        pacer.acquire();  // its own pacing: a window + 2 % guard after its first slot, 7 s of which have passed

        assertThat(shared.calls).containsExactly("reserve 1 per 61200 ms, earliest 0 ms",
                "reserve 1 per 61200 ms, earliest 54200 ms");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(61));
    }

    @Test
    void passesA429sResetOnToTheSharedBudgetSoEveryReplicaPauses() {
        RecordingBudget shared = new RecordingBudget();
        RequestPacer pacer = new RequestPacer(120, Duration.ofSeconds(60), time, time::sleep, shared);

        pacer.pauseUntil(time.instant().plusSeconds(42));

        assertThat(shared.calls).containsExactly("pause 42000 ms");
    }
}
