package io.trunkline.core.internal.time;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.event.Level;

/**
 * The one rule for logging a wait, shared by every module that waits (registration polling,
 * rate-limit pacing, retry backoff): a wait a person would notice, longer than {@link #VISIBLE},
 * goes to INFO so that a CLI or service shows why it is quiet; shorter ones stay at DEBUG. Callers
 * log what is awaited and how long is left, never a header, a body or a secret.
 */
public final class WaitLog {

    /** Waits longer than this are logged at INFO. */
    public static final Duration VISIBLE = Duration.ofSeconds(1);

    private WaitLog() {
    }

    /**
     * @param wait how long the caller is about to wait
     * @return INFO for a wait longer than {@link #VISIBLE}, DEBUG otherwise
     */
    public static Level level(Duration wait) {
        return wait.compareTo(VISIBLE) > 0 ? Level.INFO : Level.DEBUG;
    }

    /**
     * @param duration a wait or what is left of one
     * @return e.g. {@code "12 s"}, {@code "1.5 s"} or {@code "250 ms"}: seconds rounded up from ten
     *     seconds on, one decimal below, milliseconds below a second
     */
    public static String show(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis + 999) / 1000 + " s";
    }
}
