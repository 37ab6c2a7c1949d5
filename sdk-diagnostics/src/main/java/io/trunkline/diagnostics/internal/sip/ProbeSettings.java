package io.trunkline.diagnostics.internal.sip;

import io.trunkline.diagnostics.sip.SipProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;

/**
 * What every probe transaction needs from the probe's configuration.
 *
 * @param timeouts the RFC 3261 timers
 * @param clock measures the round trip
 * @param sslContext the TLS context, or {@code null} for the JDK's default
 * @param random the source of branch, tag and Call-ID values
 */
public record ProbeSettings(SipProbe.Timeouts timeouts, Clock clock, SSLContext sslContext, RandomGenerator random) {

    /** @return the configured TLS context, if one was given */
    public Optional<SSLContext> explicitSslContext() {
        return Optional.ofNullable(sslContext);
    }

    /**
     * Socket timeouts are ints in milliseconds, and 0 means "forever": clamp to at least 1 ms.
     *
     * @param remaining time left, possibly zero or negative
     * @return a socket timeout of at least 1 ms
     */
    static int socketTimeout(Duration remaining) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining.toMillis()));
    }
}
