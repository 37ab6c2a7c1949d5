package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 3261 timers that pace a probe.
 *
 * <ul>
 *   <li>{@code t1} (default 500 ms) — the round-trip estimate: over UDP the request is first resent
 *       after T1, then after 2×T1, 4×T1… (Timer E);</li>
 *   <li>{@code t2} (default 4 s) — the cap on that retransmission interval, also the interval once a
 *       provisional (1xx) response has arrived;</li>
 *   <li>{@code transactionTimeout} (Timer F, default 64×T1 = 32 s) — how long to wait in total for
 *       a final response, on every transport (for TCP/TLS it includes connecting and the handshake).</li>
 * </ul>
 *
 * <p>Lower them for a quick check on a LAN; raise T1 on a long-latency path.
 *
 * <pre>{@code
 * SipTimeouts quick = SipTimeouts.builder().t1(Duration.ofMillis(250)).transactionTimeout(Duration.ofSeconds(5)).build();
 * }</pre>
 *
 * @param t1 the RTT estimate, Timer E's first interval
 * @param t2 the maximum retransmission interval
 * @param transactionTimeout Timer F: the bound on the whole probe
 */
public record SipTimeouts(Duration t1, Duration t2, Duration transactionTimeout) {

    /** RFC 3261's default T1. */
    public static final Duration DEFAULT_T1 = Duration.ofMillis(500);
    /** RFC 3261's default T2. */
    public static final Duration DEFAULT_T2 = Duration.ofSeconds(4);
    /** Timer F is 64×T1 in RFC 3261. */
    private static final int TIMER_F_MULTIPLIER = 64;

    /**
     * Checks the timers, reporting every problem at once.
     *
     * @throws InvalidConfigurationException if a timer is not positive or T2 is below T1
     */
    public SipTimeouts {
        Objects.requireNonNull(t1, "t1");
        Objects.requireNonNull(t2, "t2");
        Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        List<String> problems = new ArrayList<>();
        requirePositive("t1", t1, problems);
        requirePositive("t2", t2, problems);
        requirePositive("transactionTimeout", transactionTimeout, problems);
        if (t2.compareTo(t1) < 0) {
            problems.add("SIP timer t2 (" + t2.toMillis() + " ms) must not be below t1 (" + t1.toMillis() + " ms)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static void requirePositive(String name, Duration value, List<String> problems) {
        if (value.isZero() || value.isNegative() || value.toMillis() == 0) {
            problems.add("SIP timer " + name + " must be at least 1 ms but is " + value);
        }
    }

    /** @return RFC 3261's defaults: T1 500 ms, T2 4 s, Timer F 32 s */
    public static SipTimeouts defaults() {
        return builder().build();
    }

    /** @return a builder starting from RFC 3261's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SipTimeouts}; unset values take RFC 3261's defaults. */
    public static final class Builder {

        private Duration t1 = DEFAULT_T1;
        private Duration t2 = DEFAULT_T2;
        private Duration transactionTimeout;

        private Builder() {
        }

        /**
         * @param t1 the RTT estimate; default 500 ms
         * @return this builder
         */
        public Builder t1(Duration t1) {
            this.t1 = Objects.requireNonNull(t1, "t1");
            return this;
        }

        /**
         * @param t2 the maximum retransmission interval; default 4 s
         * @return this builder
         */
        public Builder t2(Duration t2) {
            this.t2 = Objects.requireNonNull(t2, "t2");
            return this;
        }

        /**
         * @param transactionTimeout Timer F, the bound on the whole probe; default 64×T1
         * @return this builder
         */
        public Builder transactionTimeout(Duration transactionTimeout) {
            this.transactionTimeout = Objects.requireNonNull(transactionTimeout, "transactionTimeout");
            return this;
        }

        /**
         * @return the timers
         * @throws InvalidConfigurationException if a timer is not positive or T2 is below T1
         */
        public SipTimeouts build() {
            return new SipTimeouts(t1, t2,
                    transactionTimeout != null ? transactionTimeout : t1.multipliedBy(TIMER_F_MULTIPLIER));
        }
    }
}
