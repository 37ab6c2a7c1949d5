package io.trunkline.aircall.internal;

import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.spi.RateBudget;
import io.trunkline.core.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Client-side pacing that keeps one {@code AircallClient} within Aircall's per-company rate limit
 * (120 requests per minute by default) instead of collecting 429s.
 *
 * <p><b>Algorithm: sliding-window log of reservations.</b> Each request reserves a send time
 * {@code t}; a reservation is never earlier than the reservation {@code permits} places before it
 * plus the window, never earlier than the previous reservation, and never earlier than a pause the
 * server asked for. Reservations are therefore non-decreasing and any half-open window of length
 * {@code window} holds at most {@code permits} of them — a hard guarantee, unlike a token bucket's
 * burst-then-refill which can put up to twice the budget into one sliding minute. A caller then
 * sleeps until its reservation outside the lock, so threads do not serialise on each other's waits.
 *
 * <p><b>Why hand-written, not resilience4j's {@code RateLimiter}:</b> resilience4j measures time with
 * {@code System.nanoTime()} and parks threads itself, so it cannot be driven by an injected
 * {@link Clock} and {@link Sleeper}; tests would have to really wait. It also refreshes permits per
 * fixed cycle, which allows bursts across a cycle boundary. This pacer reads only the injected clock
 * and waits only through the injected sleeper.
 *
 * <p><b>Margin:</b> consecutive reservations {@code permits} apart are spaced by the window plus a
 * guard of 2 % of it (at least 50 ms, at most 10 %). A request reaches Aircall a little after its
 * reservation, later still on a busy machine, and Aircall counts per window of its own; without the
 * guard a late request from one window lands in the next and tips it over the limit (a 429 then
 * pauses every thread until the reset, which costs far more than the guard).
 *
 * <p><b>Adapting to the server:</b> {@link #observe(RateLimitHeaders)} lowers the budget to
 * {@code X-AircallApi-Limit} when Aircall reports a smaller one and pauses everyone until
 * {@code X-AircallApi-Reset} when {@code X-AircallApi-Remaining} is 0; {@link #pauseUntil(Instant)}
 * does the same after a 429. Thread-safe: one pacer is shared by every thread using one client.
 *
 * <p><b>Shared with other processes:</b> with a {@link RateBudget}, each request also reserves its
 * send time there, no earlier than this pacer's own slot and with the same window and guard, and
 * every pause is passed on; the budget's log then holds every replica's requests.
 */
public final class RequestPacer {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPacer.class);

    private final Clock clock;
    private final Sleeper sleeper;
    private final long windowMillis;
    private final long guardMillis;
    private final long[] reservations;
    private int permits;
    private int recorded;
    private int next;
    private long lastReservation = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;
    private final RateBudget shared;

    /**
     * @param permits the most requests in any window, at least 1
     * @param window the window length, positive
     * @param clock time source
     * @param sleeper how to wait
     */
    public RequestPacer(int permits, Duration window, Clock clock, Sleeper sleeper) {
        this(permits, window, clock, sleeper, null);
    }

    /**
     * @param permits the most requests in any window, at least 1
     * @param window the window length, positive
     * @param clock time source
     * @param sleeper how to wait
     * @param shared the budget shared with other processes, or {@code null} to pace this client alone
     */
    public RequestPacer(int permits, Duration window, Clock clock, Sleeper sleeper, RateBudget shared) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        this.permits = permits;
        this.windowMillis = window.toMillis();
        this.guardMillis = Math.min(Math.max(windowMillis / 50, 50), windowMillis / 10);
        this.reservations = new long[permits];
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.shared = shared;
    }

    /**
     * Blocks (through the sleeper) until a request may be sent, and counts it.
     *
     * @return how long the caller waited
     * @throws InterruptedException if interrupted while waiting; the reservation is then wasted,
     *                              which errs on the side of sending less
     */
    public Duration acquire() throws InterruptedException {
        long now = clock.millis();
        long slot;
        int queued;
        int budget;
        boolean paused;
        synchronized (this) {
            slot = reserve(now);
            queued = queuedAfter(now);
            budget = permits;
            paused = slot == pausedUntil;
        }
        Duration wait = Duration.ofMillis(Math.max(0, slot - now));
        if (shared != null) {
            wait = shared.reserve(budget, Duration.ofMillis(windowMillis + guardMillis), wait);
        }
        if (!wait.isZero()) {
            LOG.atLevel(WaitLog.level(wait)).log("Waiting {} for Aircall's rate limit ({} per {}{}): {} queued",
                    WaitLog.show(wait), requests(budget), window(), paused ? ", paused until Aircall's reset" : "",
                    requests(queued));
            sleeper.sleep(wait);
        }
        return wait;
    }

    private long reserve(long now) {
        long slot = Math.max(now, Math.max(lastReservation, pausedUntil));
        if (recorded >= permits) {
            slot = Math.max(slot, reservationBack(permits) + windowMillis + guardMillis);
        }
        reservations[next] = slot;
        next = (next + 1) % reservations.length;
        recorded = Math.min(recorded + 1, reservations.length);
        lastReservation = slot;
        return slot;
    }

    /** @return how many reservations, this one included, are still in the future: requests waiting to be sent */
    private int queuedAfter(long now) {
        int queued = 0;
        for (int k = 1; k <= recorded && reservationBack(k) > now; k++) {
            queued++;
        }
        return queued;
    }

    private static String requests(int count) {
        return count == 1 ? "1 request" : count + " requests";
    }

    private String window() {
        return windowMillis == 60_000 ? "minute" : WaitLog.show(Duration.ofMillis(windowMillis));
    }

    /** @return the k-th most recent reservation (1 = the latest); requires {@code recorded >= k} */
    private long reservationBack(int k) {
        return reservations[Math.floorMod(next - k, reservations.length)];
    }

    /**
     * Makes every following request wait until {@code instant}, e.g. the reset a 429 announced.
     * An earlier pause never shortens a later one.
     *
     * @param instant when requests may resume
     */
    public synchronized void pauseUntil(Instant instant) {
        pausedUntil = Math.max(pausedUntil, instant.toEpochMilli());
        if (shared != null) {
            shared.pause(Duration.ofMillis(Math.max(0, pausedUntil - clock.millis())));
        }
    }

    /**
     * Adapts to Aircall's rate-limit headers: a smaller {@code X-AircallApi-Limit} lowers the budget
     * (never raises it above the configured one); {@code X-AircallApi-Remaining: 0} pauses until
     * {@code X-AircallApi-Reset}, or for one window when no reset is given.
     *
     * @param headers the headers of a response
     */
    public synchronized void observe(RateLimitHeaders headers) {
        headers.limit().ifPresent(limit -> permits = Math.max(1, Math.min(reservations.length, limit)));
        if (headers.exhausted()) {
            pauseUntil(headers.reset().orElseGet(() -> clock.instant().plusMillis(windowMillis)));
        }
    }
}
