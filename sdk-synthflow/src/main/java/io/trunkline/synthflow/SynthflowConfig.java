package io.trunkline.synthflow;

import io.trunkline.core.internal.net.LoopbackHosts;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpOptions;
import io.trunkline.http.internal.VendorConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Immutable settings of a {@link SynthflowClient}: the API key, the workspace, the region (or a
 * simulator's URL), and how to talk HTTP ({@link HttpOptions}: timeouts, retries, a shared OkHttp
 * client).
 *
 * <pre>{@code
 * SynthflowConfig config = SynthflowConfig.builder()
 *         .apiKey(Secret.of(System.getenv("SYNTHFLOW_API_KEY")))
 *         .workspaceId("1710107690998x536152705164378100")
 *         .region(SynthflowRegion.EU)          // or .baseUrl("http://localhost:8080/v2") for a simulator
 *         .http(http -> http.readTimeout(Duration.ofSeconds(60)))
 *         .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows the API key.
 */
public final class SynthflowConfig {

    private final Secret apiKey;
    private final String workspaceId;
    private final String baseUrl;
    private final HttpOptions http;

    private SynthflowConfig(Builder b, String normalisedBaseUrl, HttpOptions http) {
        this.apiKey = b.apiKey;
        this.workspaceId = b.workspaceId;
        this.baseUrl = normalisedBaseUrl;
        this.http = http;
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
        b.http = http.toBuilder();
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

    /** @return timeouts, retry policy, User-Agent, the shared OkHttp client and the listener */
    public HttpOptions http() {
        return http;
    }

    /** Shows every setting except the API key, which appears as {@value Secret#MASK}. */
    @Override
    public String toString() {
        return "SynthflowConfig{apiKey=" + Secret.MASK + ", workspaceId=" + workspaceId + ", baseUrl=" + baseUrl
               + ", http=" + http + "}";
    }

    /**
     * Collects settings; {@link #build()} checks them all at once, the HTTP options' included. Setters
     * never throw.
     */
    public static final class Builder {

        private Secret apiKey;
        private String workspaceId;
        private String baseUrl = SynthflowRegion.GLOBAL.baseUrl();
        private HttpOptions.Builder http = HttpOptions.builder();

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
         * Replaces the HTTP options (timeouts, retries, User-Agent, shared OkHttp client). Default
         * {@link HttpOptions#defaults()}.
         *
         * @param http the options
         * @return this builder
         */
        public Builder http(HttpOptions http) {
            this.http = http == null ? null : http.toBuilder();
            return this;
        }

        /**
         * Changes some HTTP options and keeps the others, e.g. {@code http(h -> h.maxAttempts(1))}.
         *
         * @param change the change
         * @return this builder
         */
        public Builder http(Consumer<HttpOptions.Builder> change) {
            http = VendorConfigs.edit(http, change);
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
            String normalised = null;
            if (baseUrl == null) {
                problems.add("baseUrl is missing (null): pass region(SynthflowRegion.GLOBAL) or your region, or a "
                             + "baseUrl such as " + SynthflowRegion.GLOBAL.baseUrl());
            } else {
                normalised = normaliseBaseUrl(problems);
            }
            VendorConfigs.check(http, problems);
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new SynthflowConfig(this, normalised, http.build());
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
    }
}
