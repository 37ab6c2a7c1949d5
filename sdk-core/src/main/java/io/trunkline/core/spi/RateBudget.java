package io.trunkline.core.spi;

import java.time.Duration;

/**
 * A request budget that several processes share, such as a vendor's rate limit per company when
 * several replicas of one service call the vendor with the same company's credentials. Each
 * process still paces itself; before each request it also reserves a send time here, so that the
 * requests of every process together stay within the limit.
 *
 * <p>The budget is a sliding-window log of send times: a reservation is never earlier than the one
 * {@code limit} places before it plus {@code window}, never earlier than the one before it, and
 * never earlier than a pause. Any window of length {@code window} therefore holds at most
 * {@code limit} reservations, whichever process made them.
 *
 * <p>Implementations must be thread-safe, must measure time with one clock for every process
 * (the database's, say) and must fail with a {@link io.trunkline.core.exception.TrunklineException}
 * saying what to fix rather than grant a request they could not record.
 */
public interface RateBudget {

    /**
     * Reserves the send time of one request.
     *
     * @param limit the most requests in any window, at least 1; may change between calls (a vendor
     *     that reports a smaller limit lowers it)
     * @param window the window, including any safety margin the caller adds for requests that reach
     *     the vendor a little after their reservation
     * @param earliest the soonest this process may send, as a delay from now (its own pacing, a
     *     pause it knows of); zero to send at once
     * @return how long to wait from now before sending: at least {@code earliest}
     */
    Duration reserve(int limit, Duration window, Duration earliest);

    /**
     * Makes every process's following reservations wait at least {@code duration} from now, e.g.
     * until the reset a vendor's 429 announced. A shorter pause never shortens a longer one.
     *
     * @param duration how long to pause, from now
     */
    void pause(Duration duration);
}
