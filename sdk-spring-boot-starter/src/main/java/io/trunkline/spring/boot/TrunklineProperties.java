package io.trunkline.spring.boot;

import io.trunkline.core.model.Secret;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Trunkline's settings under {@code trunkline.*}: the two vendors' credentials and HTTP settings,
 * the state store, and the health checks. Secrets are bound as {@link Secret}, so they print as
 * {@value Secret#MASK} wherever the properties are shown.
 *
 * <pre>
 * trunkline.synthflow.api-key=${SYNTHFLOW_API_KEY}
 * trunkline.synthflow.workspace-id=1710107690998x536152705164378100
 * trunkline.aircall.api-id=${AIRCALL_API_ID}
 * trunkline.aircall.api-token=${AIRCALL_API_TOKEN}
 * trunkline.state.type=file
 * trunkline.state.file=/var/lib/my-service/trunkline.state
 * </pre>
 *
 * <p>Mutable JavaBeans, because that is how Spring Boot binds and documents properties; the SDK's
 * own configuration types, built from them at start-up, are immutable.
 */
@ConfigurationProperties("trunkline")
public class TrunklineProperties {

    /** Synthflow, the AI voice-agent platform. */
    private final Synthflow synthflow = new Synthflow();

    /** Aircall, the contact center. */
    private final Aircall aircall = new Aircall();

    /** Where Trunkline records what it created and which manual steps were confirmed. */
    private final State state = new State();

    /** The Actuator health checks of both vendors. */
    private final Health health = new Health();

    /** @return the Synthflow settings */
    public Synthflow getSynthflow() {
        return synthflow;
    }

    /** @return the Aircall settings */
    public Aircall getAircall() {
        return aircall;
    }

    /** @return the state store settings */
    public State getState() {
        return state;
    }

    /** @return the health check settings */
    public Health getHealth() {
        return health;
    }

    /**
     * The HTTP settings both vendors' clients take; unset ones keep the SDK's defaults (shown in the
     * configuration metadata).
     */
    public abstract static class Connection {

        /** Time to establish a TCP/TLS connection. */
        private Duration connectTimeout;

        /** Time to wait for data on an open connection. */
        private Duration readTimeout;

        /** Bound on one whole HTTP exchange (one attempt; retries and their waits come on top). */
        private Duration callTimeout;

        /** Attempts in total for a request the client may retry, the first included; 1 disables retries. */
        private Integer maxAttempts;

        /** @return the connect timeout, or {@code null} for the SDK's default */
        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        /** @param connectTimeout the connect timeout */
        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        /** @return the read timeout, or {@code null} for the SDK's default */
        public Duration getReadTimeout() {
            return readTimeout;
        }

        /** @param readTimeout the read timeout */
        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        /** @return the call timeout, or {@code null} for the SDK's default */
        public Duration getCallTimeout() {
            return callTimeout;
        }

        /** @param callTimeout the call timeout */
        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        /** @return the attempts in total, or {@code null} for the SDK's default */
        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts the attempts in total */
        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** Settings under {@code trunkline.synthflow.*}. */
    public static class Synthflow extends Connection {

        /** The workspace's API key (Synthflow dashboard, Workspace Settings, API Keys). Required. */
        private Secret apiKey;

        /** The workspace id, e.g. 1710107690998x536152705164378100. Required. */
        private String workspaceId;

        /**
         * The API host of the workspace's region: global, us or eu. It must match the workspace's
         * region. Ignored when base-url is set.
         */
        private Region region = Region.GLOBAL;

        /**
         * The API base URL including /v2, e.g. a simulator's; overrides region. Plain http only for
         * loopback hosts.
         */
        private String baseUrl;





        /** @return the API key */
        public Secret getApiKey() {
            return apiKey;
        }

        /** @param apiKey the API key */
        public void setApiKey(Secret apiKey) {
            this.apiKey = apiKey;
        }

        /** @return the workspace id */
        public String getWorkspaceId() {
            return workspaceId;
        }

        /** @param workspaceId the workspace id */
        public void setWorkspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
        }

        /** @return the region */
        public Region getRegion() {
            return region;
        }

        /** @param region the region */
        public void setRegion(Region region) {
            this.region = region;
        }

        /** @return the base URL, or {@code null} for the region's */
        public String getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl the base URL */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }








    }

    /** Synthflow's regional API hosts. */
    public enum Region {
        /** https://api.synthflow.ai/v2 */
        GLOBAL,
        /** https://api.us.synthflow.ai/v2 */
        US,
        /** https://api.eu.synthflow.ai/v2 */
        EU
    }

    /** Settings under {@code trunkline.aircall.*}. */
    public static class Aircall extends Connection {

        /** The Basic-auth api_id (Aircall Dashboard, Integrations, API keys); set with api-token. */
        private Secret apiId;

        /** The Basic-auth api_token, shown once when the key is created; set with api-id. */
        private Secret apiToken;

        /** An OAuth access token (Technology Partners), instead of api-id and api-token. */
        private Secret accessToken;

        /** Where Aircall lives; change it to point at a simulator. Default https://api.aircall.io. */
        private String baseUrl;





        /**
         * Requests the client sends at most per rate-limit-window. Default 120, Aircall's
         * per-company limit; lower it when other integrations share the company's budget.
         */
        private Integer rateLimitRequests;

        /** The window of the client-side rate limit. Default 1 minute. */
        private Duration rateLimitWindow;

        /** @return the api_id */
        public Secret getApiId() {
            return apiId;
        }

        /** @param apiId the api_id */
        public void setApiId(Secret apiId) {
            this.apiId = apiId;
        }

        /** @return the api_token */
        public Secret getApiToken() {
            return apiToken;
        }

        /** @param apiToken the api_token */
        public void setApiToken(Secret apiToken) {
            this.apiToken = apiToken;
        }

        /** @return the OAuth access token */
        public Secret getAccessToken() {
            return accessToken;
        }

        /** @param accessToken the OAuth access token */
        public void setAccessToken(Secret accessToken) {
            this.accessToken = accessToken;
        }

        /** @return the base URL, or {@code null} for Aircall's */
        public String getBaseUrl() {
            return baseUrl;
        }

        /** @param baseUrl the base URL */
        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }









        /** @return the requests per window, or {@code null} for the SDK's default */
        public Integer getRateLimitRequests() {
            return rateLimitRequests;
        }

        /** @param rateLimitRequests the requests per window */
        public void setRateLimitRequests(Integer rateLimitRequests) {
            this.rateLimitRequests = rateLimitRequests;
        }

        /** @return the rate-limit window, or {@code null} for the SDK's default */
        public Duration getRateLimitWindow() {
            return rateLimitWindow;
        }

        /** @param rateLimitWindow the rate-limit window */
        public void setRateLimitWindow(Duration rateLimitWindow) {
            this.rateLimitWindow = rateLimitWindow;
        }
    }

    /** Settings under {@code trunkline.state.*}. */
    public static class State {

        /**
         * Where the state lives: file (trunkline.state.file, shared safely by processes on one
         * host), memory (forgotten when the application stops: tests only), or jdbc (the
         * application's DataSource, from trunkline-state-jdbc).
         */
        private StateType type = StateType.FILE;

        /** The state file when type is file; created when missing. Keep it: destroy relies on it. */
        private Path file = Path.of("trunkline.state");

        /** @return the store type */
        public StateType getType() {
            return type;
        }

        /** @param type the store type */
        public void setType(StateType type) {
            this.type = type;
        }

        /** @return the state file */
        public Path getFile() {
            return file;
        }

        /** @param file the state file */
        public void setFile(Path file) {
            this.file = file;
        }
    }

    /** The kinds of state store the starter can configure. */
    public enum StateType {
        /** A file on this host ({@code trunkline.state.file}). */
        FILE,
        /** In memory: forgets what Trunkline created when the application stops. */
        MEMORY,
        /** The application's {@code DataSource} (PostgreSQL), through trunkline-state-jdbc. */
        JDBC
    }

    /** Settings under {@code trunkline.health.*}. */
    public static class Health {

        /**
         * How long a vendor's health is reused before it is checked again. Each check is one
         * request, and Aircall's rate limit is shared by the whole company.
         */
        private Duration timeToLive = Duration.ofSeconds(60);

        /** @return how long a result is reused */
        public Duration getTimeToLive() {
            return timeToLive;
        }

        /** @param timeToLive how long a result is reused */
        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }
    }
}
