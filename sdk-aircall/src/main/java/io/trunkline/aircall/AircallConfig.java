package io.trunkline.aircall;

import io.trunkline.core.internal.net.LoopbackHosts;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.RateBudget;
import io.trunkline.http.HttpOptions;
import io.trunkline.http.internal.VendorConfigs;
import okhttp3.HttpUrl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything an {@link AircallClient} needs: credentials, where Aircall lives, the page size, the
 * client-side rate limit, and how to talk HTTP ({@link HttpOptions}: timeouts, retries, a shared
 * OkHttp client). Immutable; {@link #toString()} masks credentials.
 *
 * <p>Authenticate either with Basic credentials ({@code api_id} + {@code api_token}, created in
 * the Aircall Dashboard → Integrations → API keys) or with an OAuth access token (Technology
 * Partners) — exactly one of the two.
 *
 * <pre>{@code
 * AircallConfig config = AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .http(http -> http.readTimeout(Duration.ofSeconds(10)))
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
    private final int perPage;
    private final int rateLimitRequests;
    private final Duration rateLimitWindow;
    private final RateBudget sharedRateBudget;
    private final HttpOptions http;

    private AircallConfig(Builder b, HttpUrl baseUrl, HttpOptions http) {
        this.apiId = b.apiId;
        this.apiToken = b.apiToken;
        this.accessToken = b.accessToken;
        this.baseUrl = baseUrl;
        this.perPage = b.perPage;
        this.rateLimitRequests = b.rateLimitRequests;
        this.rateLimitWindow = b.rateLimitWindow;
        this.sharedRateBudget = b.sharedRateBudget;
        this.http = http;
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
        b.perPage = perPage;
        b.rateLimitRequests = rateLimitRequests;
        b.rateLimitWindow = rateLimitWindow;
        b.sharedRateBudget = sharedRateBudget;
        b.http = http.toBuilder();
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

    /** @return timeouts, retry policy, User-Agent, the shared OkHttp client and the listener */
    public HttpOptions http() {
        return http;
    }

    /** Shows the configuration with every credential masked. */
    @Override
    public String toString() {
        return "AircallConfig[auth=" + (accessToken != null ? "bearer" : "basic")
                + ", apiId=" + mask(apiId) + ", apiToken=" + mask(apiToken) + ", accessToken=" + mask(accessToken)
                + ", baseUrl=" + baseUrl + ", perPage=" + perPage + ", rateLimit=" + rateLimitRequests + "/"
                + rateLimitWindow + ", http=" + http + "]";
    }

    private static String mask(Secret secret) {
        return secret == null ? "none" : Secret.MASK;
    }

    /**
     * Builds an {@link AircallConfig}; {@link #build()} reports every invalid value at once, the HTTP
     * options' included. Setters never throw.
     */
    public static final class Builder {
        private Secret apiId;
        private Secret apiToken;
        private Secret accessToken;
        private String baseUrl = DEFAULT_BASE_URL;
        private int perPage = MAX_PER_PAGE;
        private int rateLimitRequests = DEFAULT_RATE_LIMIT_REQUESTS;
        private Duration rateLimitWindow = DEFAULT_RATE_LIMIT_WINDOW;
        private RateBudget sharedRateBudget;
        private boolean sharedRateBudgetNull;
        private HttpOptions.Builder http = HttpOptions.builder();

        private Builder() {
        }

        /**
         * @param apiId the Basic-auth {@code api_id}; use with {@link #apiToken(Secret)}
         * @return this builder
         */
        public Builder apiId(Secret apiId) {
            this.apiId = apiId;
            return this;
        }

        /**
         * @param apiToken the Basic-auth {@code api_token}; use with {@link #apiId(Secret)}
         * @return this builder
         */
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
         * @param http replaces the HTTP options (timeouts, retries, User-Agent, shared OkHttp client);
         *             default {@link HttpOptions#defaults()}
         * @return this builder
         */
        public Builder http(HttpOptions http) {
            this.http = http == null ? null : http.toBuilder();
            return this;
        }

        /**
         * @param change changes some HTTP options and keeps the others, e.g.
         *               {@code http(h -> h.maxAttempts(1))}
         * @return this builder
         */
        public Builder http(Consumer<HttpOptions.Builder> change) {
            http = VendorConfigs.edit(http, change);
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
            if (perPage < 1 || perPage > MAX_PER_PAGE) {
                problems.add("perPage: must be between 1 and " + MAX_PER_PAGE + " (Aircall's maximum), got " + perPage);
            }
            if (rateLimitRequests < 1) {
                problems.add("rateLimit.requests: must be at least 1, got " + rateLimitRequests);
            }
            if (rateLimitWindow == null) {
                problems.add("rateLimit.window: missing (null); pass a positive duration, e.g. Duration.ofMinutes(1)");
            } else if (rateLimitWindow.isNegative() || rateLimitWindow.isZero()) {
                problems.add("rateLimit.window: must be positive, got " + rateLimitWindow);
            }
            if (sharedRateBudgetNull) {
                problems.add("sharedRateBudget: missing (null); pass the budget every replica shares, or do not set it"
                        + " to let this client pace itself alone");
            }
            VendorConfigs.check(http, problems);
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new AircallConfig(this, url, http.build());
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
    }
}
