package io.trunkline.http;

import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.OkHttpClient;

/**
 * How a vendor client talks HTTP: timeouts, User-Agent, an optional shared OkHttp client, the retry
 * policy and an optional {@link HttpListener}. Both {@code AircallConfig} and {@code SynthflowConfig}
 * take one; the defaults suit both vendors. Immutable.
 *
 * <pre>{@code
 * AircallConfig config = AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .http(http -> http.readTimeout(Duration.ofSeconds(10)).maxAttempts(2))
 *         .build();
 * }</pre>
 *
 * <p><b>Retries.</b> Reads, PUT, PATCH and DELETE are retried after a connection failure, a 5xx or a
 * 429, up to {@link #maxAttempts()} attempts, waiting a random time in
 * {@code [0, min(maxBackoff, initialBackoff · 2^(n-1))]} before retry {@code n} ("full jitter"), or
 * exactly what the vendor asked for ({@code Retry-After}, Aircall's reset) when it said. A POST is
 * never retried: neither vendor offers idempotency keys, so a repeated create could duplicate.
 */
public final class HttpOptions {

    /** Default time to establish a TCP/TLS connection: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to wait for data on an open connection: 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default time to wait while sending on an open connection: 30 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** Default bound on one whole exchange (one attempt, not the retries): 60 s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** Default attempts per request, the first included: 4 (a POST is always sent once). */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Default cap on the wait before the first retry: 500 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Default cap on any backoff: 30 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    /** Default longest wait accepted when a vendor says when to come back: 65 s (one Aircall window and slack). */
    public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(65);

    private static final HttpOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final String userAgent;
    private final OkHttpClient okHttpClient;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRateLimitWait;
    private final Long jitterSeed;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpListener listener;

    private HttpOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.callTimeout = b.callTimeout;
        this.userAgent = b.userAgent;
        this.okHttpClient = b.okHttpClient;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRateLimitWait = b.maxRateLimitWait;
        this.jitterSeed = b.jitterSeed;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.listener = b.listener;
    }

    /** @return the options with every default */
    public static HttpOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with every default set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.callTimeout = callTimeout;
        b.userAgent = userAgent;
        b.okHttpClient = okHttpClient;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.maxRateLimitWait = maxRateLimitWait;
        b.jitterSeed = jitterSeed;
        b.clock = clock;
        b.sleeper = sleeper;
        b.listener = listener;
        return b;
    }

    /** @return the TCP/TLS connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the socket read timeout */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the socket write timeout */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** @return the bound on one whole exchange (one attempt); zero means none */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the User-Agent header value */
    public String userAgent() {
        return userAgent;
    }

    /** @return the OkHttp client to share a connection pool and dispatcher with, when one was given */
    public Optional<OkHttpClient> okHttpClient() {
        return Optional.ofNullable(okHttpClient);
    }

    /** @return attempts per request, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the cap on the wait before the first retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the cap on any backoff */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest wait accepted from a vendor's {@code Retry-After} or rate-limit reset */
    public Duration maxRateLimitWait() {
        return maxRateLimitWait;
    }

    /** @return the seed of the backoff jitter, when fixed */
    public OptionalLong jitterSeed() {
        return jitterSeed == null ? OptionalLong.empty() : OptionalLong.of(jitterSeed);
    }

    /** @return the clock that reads dated {@code Retry-After} headers and rate-limit resets */
    public Clock clock() {
        return clock;
    }

    /** @return what performs every wait */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return who hears about attempts, retries and rate-limit waits, when someone does */
    public Optional<HttpListener> listener() {
        return Optional.ofNullable(listener);
    }

    @Override
    public String toString() {
        return "HttpOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout="
                + writeTimeout + ", callTimeout=" + callTimeout + ", userAgent=" + userAgent
                + ", sharedOkHttpClient=" + (okHttpClient != null) + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + ", maxRateLimitWait="
                + maxRateLimitWait + "]";
    }

    /**
     * Collects options; {@link #build()} reports every invalid value at once. Setters never throw: a
     * {@code null} (except for {@link #okHttpClient} and {@link #listener}, where it means "none") is
     * reported by {@link #build()}.
     */
    public static final class Builder {
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private String userAgent = Trunkline.USER_AGENT;
        private OkHttpClient okHttpClient;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRateLimitWait = DEFAULT_MAX_RATE_LIMIT_WAIT;
        private Long jitterSeed;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private HttpListener listener;

        private Builder() {
        }

        /**
         * @param connectTimeout TCP/TLS connect timeout, positive; default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * @param readTimeout socket read timeout, positive; default 30 s. Raise it if a vendor is slow to
         *                    answer writes.
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * @param writeTimeout socket write timeout, positive; default 30 s
         * @return this builder
         */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
            return this;
        }

        /**
         * @param callTimeout bound on one whole exchange (one attempt; retries and their waits come on
         *                    top), default 60 s; zero disables it
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * @param userAgent User-Agent header, not blank; default {@code trunkline/<version>}
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * @param okHttpClient a client to share connection pool and dispatcher with; the vendor client
         *                     derives its own with {@code newBuilder()}, never modifies this one and never
         *                     closes it. Default: none (the vendor client owns a new one and closes it).
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /**
         * @param maxAttempts attempts per request including the first, at least 1; default 4; 1 disables
         *                    retries. POSTs are sent once whatever this says.
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff cap of the first retry's random backoff, positive; default 500 ms; doubles
         *                       per retry up to {@link #maxBackoff(Duration)}
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * @param maxBackoff cap of any backoff, not shorter than the initial one; default 30 s
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * @param maxRateLimitWait the longest wait accepted when a vendor says when to come back
         *                         ({@code Retry-After}, Aircall's {@code X-AircallApi-Reset}); a longer one
         *                         fails at once with {@link io.trunkline.core.exception.RateLimitedException}
         *                         instead of blocking the thread. Not negative; default 65 s.
         * @return this builder
         */
        public Builder maxRateLimitWait(Duration maxRateLimitWait) {
            this.maxRateLimitWait = maxRateLimitWait;
            return this;
        }

        /**
         * @param jitterSeed fixes the backoff jitter for reproducible runs; default random
         * @return this builder
         */
        public Builder jitterSeed(long jitterSeed) {
            this.jitterSeed = jitterSeed;
            return this;
        }

        /**
         * @param clock time source for dated hints and rate-limit resets; default system UTC
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param sleeper how the client waits (backoff, rate limit); default {@link Sleeper#system()}; tests
         *                pass one that advances a fake clock
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * @param listener hears about attempts, retries and rate-limit waits; default none
         * @return this builder
         */
        public Builder listener(HttpListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * @return the options
         * @throws InvalidConfigurationException listing every invalid value
         */
        public HttpOptions build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new HttpOptions(this);
        }

        /**
         * Checks every value without building, for vendor configurations that report these problems
         * together with their own.
         *
         * @return what is invalid, each naming the option and the fix; empty when valid
         */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            positive("connectTimeout", connectTimeout, problems);
            positive("readTimeout", readTimeout, problems);
            positive("writeTimeout", writeTimeout, problems);
            notNegative("callTimeout", callTimeout, problems);
            if (present("userAgent", userAgent, problems) && userAgent.isBlank()) {
                problems.add("userAgent: must not be blank");
            }
            if (maxAttempts < 1) {
                problems.add("maxAttempts: must be at least 1 (1 disables retries), got " + maxAttempts);
            }
            positive("initialBackoff", initialBackoff, problems);
            positive("maxBackoff", maxBackoff, problems);
            if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
                problems.add("maxBackoff: must not be shorter than initialBackoff (" + initialBackoff + "), got "
                        + maxBackoff);
            }
            notNegative("maxRateLimitWait", maxRateLimitWait, problems);
            present("clock", clock, problems);
            present("sleeper", sleeper, problems);
            return problems;
        }

        /** These all have defaults, so the fix is to pass a value or not to call the setter. */
        private static boolean present(String name, Object value, List<String> problems) {
            if (value == null) {
                problems.add(name + ": missing (null); pass a value, or do not set it to keep the default");
            }
            return value != null;
        }

        private static void positive(String name, Duration value, List<String> problems) {
            if (present(name, value, problems) && (value.isNegative() || value.isZero())) {
                problems.add(name + ": must be positive, got " + value);
            }
        }

        private static void notNegative(String name, Duration value, List<String> problems) {
            if (present(name, value, problems) && value.isNegative()) {
                problems.add(name + ": must not be negative, got " + value);
            }
        }
    }
}
