package io.trunkline.aircall.client;

import io.trunkline.core.internal.net.LoopbackHosts;
import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.RateBudget;
import io.trunkline.core.time.Sleeper;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything an {@link AircallClient} needs: credentials, where Aircall lives, timeouts, the
 * client-side rate limit and the retry policy. Immutable; {@link #toString()} masks credentials.
 *
 * <p>Authenticate either with Basic credentials ({@code api_id} + {@code api_token}, created in
 * the Aircall Dashboard → Integrations → API keys) or with an OAuth access token (Technology
 * Partners) — exactly one of the two.
 *
 * <pre>{@code
 * AircallConfig config = AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .build();
 * }</pre>
 */
public final class AircallConfig {

    /** Aircall's API host; paths carry {@code /v1} or {@code /v2} themselves. */
    public static final String DEFAULT_BASE_URL = "https://api.aircall.io";
    /** Aircall's maximum (and Trunkline's default) page size. */
    public static final int MAX_PER_PAGE = 50;
    /** Aircall's documented limit: 120 requests per minute per company. */
    public static final int DEFAULT_RATE_LIMIT_REQUESTS = 120;
    /** The window of {@link #DEFAULT_RATE_LIMIT_REQUESTS}. */
    public static final Duration DEFAULT_RATE_LIMIT_WINDOW = Duration.ofMinutes(1);

    private final Secret apiId;
    private final Secret apiToken;
    private final Secret accessToken;
    private final HttpUrl baseUrl;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final String userAgent;
    private final OkHttpClient okHttpClient;
    private final int perPage;
    private final int rateLimitRequests;
    private final Duration rateLimitWindow;
    private final RateBudget sharedRateBudget;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRateLimitWait;
    private final Long jitterSeed;
    private final Clock clock;
    private final Sleeper sleeper;

    private AircallConfig(Builder b, HttpUrl baseUrl) {
        this.apiId = b.apiId;
        this.apiToken = b.apiToken;
        this.accessToken = b.accessToken;
        this.baseUrl = baseUrl;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.callTimeout = b.callTimeout;
        this.userAgent = b.userAgent;
        this.okHttpClient = b.okHttpClient;
        this.perPage = b.perPage;
        this.rateLimitRequests = b.rateLimitRequests;
        this.rateLimitWindow = b.rateLimitWindow;
        this.sharedRateBudget = b.sharedRateBudget;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRateLimitWait = b.maxRateLimitWait;
        this.jitterSeed = b.jitterSeed;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /** @return a new builder with every default set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder pre-filled with this configuration's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiId = apiId;
        b.apiToken = apiToken;
        b.accessToken = accessToken;
        b.baseUrl = baseUrl.toString();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.writeTimeout = writeTimeout;
        b.callTimeout = callTimeout;
        b.userAgent = userAgent;
        b.okHttpClient = okHttpClient;
        b.perPage = perPage;
        b.rateLimitRequests = rateLimitRequests;
        b.rateLimitWindow = rateLimitWindow;
        b.sharedRateBudget = sharedRateBudget;
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.maxRateLimitWait = maxRateLimitWait;
        b.jitterSeed = jitterSeed;
        b.clock = clock;
        b.sleeper = sleeper;
        return b;
    }

    /** @return the Basic-auth {@code api_id}, when Basic authentication is configured */
    public Optional<Secret> apiId() {
        return Optional.ofNullable(apiId);
    }

    /** @return the Basic-auth {@code api_token}, when Basic authentication is configured */
    public Optional<Secret> apiToken() {
        return Optional.ofNullable(apiToken);
    }

    /** @return the OAuth access token, when bearer authentication is configured */
    public Optional<Secret> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /** @return the base URL, always ending in {@code /} */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** @return the TCP connect timeout */
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

    /** @return the timeout of one whole HTTP exchange (one attempt) */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return the User-Agent header value */
    public String userAgent() {
        return userAgent;
    }

    /** @return the OkHttp client to derive from, when the caller shared one */
    public Optional<OkHttpClient> okHttpClient() {
        return Optional.ofNullable(okHttpClient);
    }

    /** @return the {@code per_page} sent on list requests */
    public int perPage() {
        return perPage;
    }

    /** @return how many requests the client sends at most per {@link #rateLimitWindow()} */
    public int rateLimitRequests() {
        return rateLimitRequests;
    }

    /** @return the window of the client-side rate limit */
    public Duration rateLimitWindow() {
        return rateLimitWindow;
    }

    /** @return the budget this client shares with other processes of the same Aircall company, when set */
    public Optional<RateBudget> sharedRateBudget() {
        return Optional.ofNullable(sharedRateBudget);
    }

    /** @return attempts per request, first one included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff cap of the first retry */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the largest backoff between two attempts */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the longest wait the client accepts from a 429's reset hint before giving up */
    public Duration maxRateLimitWait() {
        return maxRateLimitWait;
    }

    /** @return the seed of the backoff jitter, when fixed */
    public Optional<Long> jitterSeed() {
        return Optional.ofNullable(jitterSeed);
    }

    /** @return the clock used for pacing and rate-limit resets */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper used for every wait */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Shows the configuration with every credential masked. */
    @Override
    public String toString() {
        return "AircallConfig[auth=" + (accessToken != null ? "bearer" : "basic")
                + ", apiId=" + mask(apiId) + ", apiToken=" + mask(apiToken) + ", accessToken=" + mask(accessToken)
                + ", baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout + ", userAgent=" + userAgent
                + ", perPage=" + perPage + ", rateLimit=" + rateLimitRequests + "/" + rateLimitWindow
                + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRateLimitWait=" + maxRateLimitWait + "]";
    }

    private static String mask(Secret secret) {
        return secret == null ? "none" : Secret.MASK;
    }

    /**
     * Builds an {@link AircallConfig}; {@link #build()} reports every invalid value at once. Setters never
     * throw: a {@code null} (except for {@code okHttpClient}, where it means "none", and the credentials,
     * checked together) is reported by {@link #build()} with the other problems.
     */
    public static final class Builder {
        private Secret apiId;
        private Secret apiToken;
        private Secret accessToken;
        private String baseUrl = DEFAULT_BASE_URL;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private String userAgent = Trunkline.USER_AGENT;
        private OkHttpClient okHttpClient;
        private int perPage = MAX_PER_PAGE;
        private int rateLimitRequests = DEFAULT_RATE_LIMIT_REQUESTS;
        private Duration rateLimitWindow = DEFAULT_RATE_LIMIT_WINDOW;
        private RateBudget sharedRateBudget;
        private boolean sharedRateBudgetNull;
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRateLimitWait = Duration.ofSeconds(65);
        private Long jitterSeed;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /** @param apiId the Basic-auth {@code api_id}; use with {@link #apiToken(Secret)} @return this builder */
        public Builder apiId(Secret apiId) {
            this.apiId = apiId;
            return this;
        }

        /** @param apiToken the Basic-auth {@code api_token}; use with {@link #apiId(Secret)} @return this builder */
        public Builder apiToken(Secret apiToken) {
            this.apiToken = apiToken;
            return this;
        }

        /**
         * @param accessToken an OAuth access token (Technology Partners); excludes Basic credentials
         * @return this builder
         */
        public Builder accessToken(Secret accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * @param baseUrl where Aircall lives; default {@value #DEFAULT_BASE_URL}. Change it to point at a
         *                simulator. Must be https unless the host is loopback.
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** @param connectTimeout TCP connect timeout, default 10 s @return this builder */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** @param readTimeout socket read timeout, default 30 s @return this builder */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** @param writeTimeout socket write timeout, default 30 s @return this builder */
        public Builder writeTimeout(Duration writeTimeout) {
            this.writeTimeout = writeTimeout;
            return this;
        }

        /**
         * @param callTimeout timeout of one whole HTTP exchange (one attempt, not the retries), default 60 s;
         *                    zero disables it
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /** @param userAgent User-Agent header, default {@code trunkline/<version>} @return this builder */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * @param okHttpClient a client to share connection pool and dispatcher with; the Aircall client
         *                     derives its own with {@code newBuilder()} and never modifies this one
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /**
         * @param perPage page size of list requests, 1..{@value #MAX_PER_PAGE}; default {@value #MAX_PER_PAGE}
         *                (fewest requests against the rate limit)
         * @return this builder
         */
        public Builder perPage(int perPage) {
            this.perPage = perPage;
            return this;
        }

        /**
         * Sets the client-side rate limit. Default 120 requests per minute, Aircall's documented
         * per-company limit. Lower it when other integrations share the company's budget, or to 60
         * for accounts still on the older limit.
         *
         * @param requests the most requests sent in any window, at least 1
         * @param window the window length, positive
         * @return this builder
         */
        public Builder rateLimit(int requests, Duration window) {
            this.rateLimitRequests = requests;
            this.rateLimitWindow = window;
            return this;
        }

        /**
         * Shares the rate limit with the other processes (replicas) of the same Aircall company: before
         * each request the client also reserves a send time in {@code budget}, and a 429's reset pauses
         * every process. Without it (the default) the client paces itself alone, which is right for one
         * process; N replicas pacing alone could send N times the company's limit.
         *
         * @param budget the budget every replica shares, e.g. {@code PostgresRateBudget} from
         *               {@code trunkline-state-jdbc}; use one per Aircall company
         * @return this builder
         */
        public Builder sharedRateBudget(RateBudget budget) {
            this.sharedRateBudget = budget;
            this.sharedRateBudgetNull = budget == null;
            return this;
        }

        /**
         * @param maxAttempts attempts per request including the first, default 4; 1 disables retries
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff cap of the first retry's random (full-jitter) backoff, default 500 ms;
         *                       doubles per retry up to {@link #maxBackoff(Duration)}
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
            return this;
        }

        /** @param maxBackoff largest backoff between attempts, default 30 s @return this builder */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * @param maxRateLimitWait the longest wait accepted from a 429's {@code X-AircallApi-Reset} or
         *                         {@code Retry-After}; longer hints fail at once with
         *                         {@link io.trunkline.core.exception.RateLimitedException}. Default 65 s
         *                         (one Aircall window plus slack).
         * @return this builder
         */
        public Builder maxRateLimitWait(Duration maxRateLimitWait) {
            this.maxRateLimitWait = maxRateLimitWait;
            return this;
        }

        /** @param jitterSeed fixes the backoff jitter for reproducible runs; default random @return this builder */
        public Builder jitterSeed(long jitterSeed) {
            this.jitterSeed = jitterSeed;
            return this;
        }

        /** @param clock time source for pacing and rate-limit resets, default system UTC @return this builder */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @param sleeper how the client waits, default {@link Sleeper#system()} @return this builder */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * @return the configuration
         * @throws InvalidConfigurationException listing every invalid value
         */
        public AircallConfig build() {
            List<String> problems = new ArrayList<>();
            checkCredentials(problems);
            HttpUrl url = checkBaseUrl(problems);
            checkPositive("connectTimeout", connectTimeout, problems);
            checkPositive("readTimeout", readTimeout, problems);
            checkPositive("writeTimeout", writeTimeout, problems);
            if (present("callTimeout", callTimeout, problems) && callTimeout.isNegative()) {
                problems.add("callTimeout: must not be negative, got " + callTimeout);
            }
            if (present("userAgent", userAgent, problems) && userAgent.isBlank()) {
                problems.add("userAgent: must not be blank");
            }
            if (perPage < 1 || perPage > MAX_PER_PAGE) {
                problems.add("perPage: must be between 1 and " + MAX_PER_PAGE + " (Aircall's maximum), got " + perPage);
            }
            if (rateLimitRequests < 1) {
                problems.add("rateLimit.requests: must be at least 1, got " + rateLimitRequests);
            }
            checkPositive("rateLimit.window", rateLimitWindow, problems);
            if (sharedRateBudgetNull) {
                problems.add("sharedRateBudget: missing (null); pass the budget every replica shares, or do not set it"
                        + " to let this client pace itself alone");
            }
            if (maxAttempts < 1) {
                problems.add("maxAttempts: must be at least 1, got " + maxAttempts);
            }
            checkPositive("initialBackoff", initialBackoff, problems);
            checkPositive("maxBackoff", maxBackoff, problems);
            if (present("maxRateLimitWait", maxRateLimitWait, problems) && maxRateLimitWait.isNegative()) {
                problems.add("maxRateLimitWait: must not be negative, got " + maxRateLimitWait);
            }
            present("clock", clock, problems);
            present("sleeper", sleeper, problems);
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new AircallConfig(this, url);
        }

        private void checkCredentials(List<String> problems) {
            boolean basic = apiId != null || apiToken != null;
            if (basic && accessToken != null) {
                problems.add("credentials: set either apiId + apiToken (Basic) or accessToken (OAuth), not both");
            } else if (!basic && accessToken == null) {
                problems.add("credentials: set apiId + apiToken (Aircall Dashboard → Integrations → API keys)"
                        + " or an OAuth accessToken");
            } else if (basic && (apiId == null || apiToken == null)) {
                problems.add("credentials: Basic authentication needs both apiId and apiToken");
            }
        }

        private HttpUrl checkBaseUrl(List<String> problems) {
            if (baseUrl == null) {
                problems.add("baseUrl: missing (null); pass " + DEFAULT_BASE_URL + " (the default) or a simulator's URL");
                return null;
            }
            HttpUrl url = HttpUrl.parse(baseUrl);
            if (url == null) {
                problems.add("baseUrl: not an http(s) URL: " + baseUrl);
                return null;
            }
            if (url.username().length() > 0 || url.password().length() > 0) {
                problems.add("baseUrl: must not carry credentials; use apiId/apiToken instead");
            }
            if (!url.isHttps() && !LoopbackHosts.isLoopback(url.host())) {
                problems.add("baseUrl: Aircall requires https; plain http is allowed only for loopback hosts, got "
                        + url.scheme() + "://" + url.host());
            }
            if (url.querySize() > 0 || url.fragment() != null) {
                problems.add("baseUrl: must not have a query or fragment");
            }
            String path = url.encodedPath();
            return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
        }

        /** Reports a {@code null} setting; these all have defaults, so the fix is to pass a value or not call the setter. */
        private static boolean present(String name, Object value, List<String> problems) {
            if (value == null) {
                problems.add(name + ": missing (null); pass a value, or do not set it to keep the default");
            }
            return value != null;
        }

        private static void checkPositive(String name, Duration value, List<String> problems) {
            if (present(name, value, problems) && (value.isNegative() || value.isZero())) {
                problems.add(name + ": must be positive, got " + value);
            }
        }
    }
}
