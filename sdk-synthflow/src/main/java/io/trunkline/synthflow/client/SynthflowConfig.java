package io.trunkline.synthflow.client;

import io.trunkline.core.internal.net.LoopbackHosts;
import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import io.trunkline.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of a {@link SynthflowClient}.
 *
 * <pre>{@code
 * SynthflowConfig config = SynthflowConfig.builder()
 *         .apiKey(Secret.of(System.getenv("SYNTHFLOW_API_KEY")))
 *         .workspaceId("1710107690998x536152705164378100")
 *         .region(SynthflowRegion.EU)          // or .baseUrl("http://localhost:8080/v2") for a simulator
 *         .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows the API key.
 */
public final class SynthflowConfig {

    /** Default time to establish a TCP/TLS connection: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to wait for data on an open connection: 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default bound on one whole request, from connect to last byte: 60 s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    /** Default attempts in total for an idempotent request: 3 (POSTs are always sent once). */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Default cap on the wait before the first retry: 500 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    /** Default cap on any wait between retries: 8 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);


    private final Secret apiKey;
    private final String workspaceId;
    private final String baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final String userAgent;
    private final OkHttpClient okHttpClient;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random jitter;

    private SynthflowConfig(Builder b, String normalisedBaseUrl) {
        this.apiKey = b.apiKey;
        this.workspaceId = b.workspaceId;
        this.baseUrl = normalisedBaseUrl;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.userAgent = b.userAgent;
        this.okHttpClient = b.okHttpClient;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
    }

    /** @return a builder with every default set and no API key or workspace */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiKey = apiKey;
        b.workspaceId = workspaceId;
        b.baseUrl = baseUrl;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.callTimeout = callTimeout;
        b.userAgent = userAgent;
        b.okHttpClient = okHttpClient;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.clock = clock;
        b.sleeper = sleeper;
        b.jitter = jitter;
        return b;
    }

    /** @return the API key sent as {@code Authorization: Bearer <key>} */
    public Secret apiKey() {
        return apiKey;
    }

    /** @return the workspace id, sent as {@code workspace} / {@code workspace_id} where documented */
    public String workspaceId() {
        return workspaceId;
    }

    /** @return the base URL, always ending with {@code /}, e.g. {@code https://api.synthflow.ai/v2/} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the read timeout */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the whole-call timeout */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the User-Agent header value */
    public String userAgent() {
        return userAgent;
    }

    /** @return the OkHttp client to derive ours from, when one was given */
    public Optional<OkHttpClient> okHttpClient() {
        return Optional.ofNullable(okHttpClient);
    }

    /** @return attempts in total for an idempotent request */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the cap on the wait before the first retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the cap on any wait between retries */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the clock used to interpret dated {@code Retry-After} headers */
    public Clock clock() {
        return clock;
    }

    /** @return what performs the waits between retries */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the source of backoff jitter */
    public Random jitter() {
        return jitter;
    }

    /** Shows every setting except the API key, which appears as {@value Secret#MASK}. */
    @Override
    public String toString() {
        return "SynthflowConfig{apiKey=" + Secret.MASK + ", workspaceId=" + workspaceId + ", baseUrl=" + baseUrl
               + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
               + callTimeout + ", userAgent=" + userAgent + ", sharedOkHttpClient=" + (okHttpClient != null)
               + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
               + maxBackoff + "}";
    }

    /**
     * Collects settings; {@link #build()} checks them all at once. Setters never throw: a {@code null}
     * (except for {@link #okHttpClient(OkHttpClient)}, where it means "none") is reported by
     * {@link #build()} with the others.
     */
    public static final class Builder {

        private Secret apiKey;
        private String workspaceId;
        private String baseUrl = SynthflowRegion.GLOBAL.baseUrl();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private String userAgent = Trunkline.USER_AGENT;
        private OkHttpClient okHttpClient;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Random jitter = new Random();

        private Builder() {
        }

        /**
         * Required. The workspace's API key (created in the Synthflow dashboard).
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(Secret apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Required. The workspace id, e.g. {@code 1710107690998x536152705164378100}.
         *
         * @param workspaceId the id
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /**
         * The API base URL, including {@code /v2}. Default {@link SynthflowRegion#GLOBAL}'s. Any URL is
         * accepted (e.g. a WireMock or testkit simulator); plain {@code http://} only for loopback
         * hosts, so the key never crosses a network unencrypted. A trailing slash is optional.
         *
         * @param baseUrl the base URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Uses a region's host. It must be the region of the workspace.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(SynthflowRegion region) {
            this.baseUrl = region == null ? null : region.baseUrl();
            return this;
        }

        /**
         * Time to establish a connection. Default {@link #DEFAULT_CONNECT_TIMEOUT}.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * Time to wait for data on an open connection. Default {@link #DEFAULT_READ_TIMEOUT}; raise it
         * if Synthflow is slow to answer assistant writes.
         *
         * @param readTimeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Bound on one whole HTTP exchange. Default {@link #DEFAULT_CALL_TIMEOUT}. Retries and their
         * waits come on top.
         *
         * @param callTimeout a positive duration
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * The User-Agent header. Default {@link Trunkline#USER_AGENT}.
         *
         * @param userAgent a non-blank value
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * An OkHttp client to share connection pool and dispatcher with. The client derives its own
         * with {@link OkHttpClient#newBuilder()}, so the given one is never modified. Default: a new one.
         *
         * @param okHttpClient the client to derive from
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /**
         * Attempts in total for GET, PUT, PATCH and DELETE on I/O errors, 5xx and 429. Default
         * {@link #DEFAULT_MAX_ATTEMPTS}; 1 disables retries. POSTs are never retried.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Cap on the (randomised) wait before the first retry; each later cap doubles. Default
         * {@link #DEFAULT_INITIAL_BACKOFF}.
         *
         * @param initialBackoff a positive duration
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /**
         * Cap on any wait between retries. Default {@link #DEFAULT_MAX_BACKOFF}.
         *
         * @param maxBackoff a duration not shorter than the initial backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * The clock. Default the system UTC clock; tests inject a fixed one.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * What performs waits between retries. Default {@link Sleeper#system()}; tests inject one
         * that records the requested durations and returns at once.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * Source of backoff jitter. Default an unseeded {@link Random}; seed one for repeatable waits.
         *
         * @param jitter the random source
         * @return this builder
         */
        public Builder jitter(Random jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Checks every setting and builds the configuration.
         *
         * @return the configuration
         * @throws InvalidConfigurationException listing every problem found
         */
        public SynthflowConfig build() {
            List<String> problems = new ArrayList<>();
            if (apiKey == null) {
                problems.add("apiKey is required: create a key in the Synthflow dashboard and pass "
                             + "Secret.fromEnv(\"SYNTHFLOW_API_KEY\") or Secret.of(key)");
            }
            if (workspaceId == null || workspaceId.isBlank()) {
                problems.add("workspaceId is required: copy the workspace id from the Synthflow dashboard");
            }
            if (present("userAgent", userAgent, problems) && userAgent.isBlank()) {
                problems.add("userAgent must not be blank");
            }
            String normalised = null;
            if (baseUrl == null) {
                problems.add("baseUrl is missing (null): pass region(SynthflowRegion.GLOBAL) or your region, or a "
                             + "baseUrl such as " + SynthflowRegion.GLOBAL.baseUrl());
            } else {
                normalised = normaliseBaseUrl(problems);
            }
            positive("connectTimeout", connectTimeout, problems);
            positive("readTimeout", readTimeout, problems);
            positive("callTimeout", callTimeout, problems);
            positive("initialBackoff", initialBackoff, problems);
            positive("maxBackoff", maxBackoff, problems);
            if (maxAttempts < 1) {
                problems.add("maxAttempts must be at least 1 (1 disables retries), got " + maxAttempts);
            }
            if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
                problems.add("maxBackoff (" + maxBackoff + ") must not be shorter than initialBackoff ("
                             + initialBackoff + ")");
            }
            present("clock", clock, problems);
            present("sleeper", sleeper, problems);
            present("jitter", jitter, problems);
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new SynthflowConfig(this, normalised);
        }

        /** Reports a {@code null} setting; these all have defaults, so the fix is to pass a value or not call the setter. */
        private static boolean present(String name, Object value, List<String> problems) {
            if (value == null) {
                problems.add(name + " is missing (null): pass a value, or do not call " + name + "(..) to keep the default");
            }
            return value != null;
        }

        private String normaliseBaseUrl(List<String> problems) {
            HttpUrl url = HttpUrl.parse(baseUrl.strip());
            if (url == null) {
                problems.add("baseUrl '" + baseUrl + "' is not an http(s) URL, e.g. " + SynthflowRegion.GLOBAL.baseUrl());
                return null;
            }
            if (!url.isHttps() && !LoopbackHosts.isLoopback(url.host())) {
                problems.add("baseUrl '" + baseUrl + "' uses plain http to a non-loopback host: use https (the API "
                             + "key would travel unencrypted); http is only accepted for localhost, 127.0.0.1 and ::1");
            }
            if (url.query() != null || url.fragment() != null) {
                problems.add("baseUrl '" + baseUrl + "' must not have a query or fragment");
            }
            String text = url.toString();
            return text.endsWith("/") ? text : text + "/";
        }

        private static void positive(String name, Duration value, List<String> problems) {
            if (present(name, value, problems) && (value.isZero() || value.isNegative())) {
                problems.add(name + " must be positive, got " + value);
            }
        }
    }
}
