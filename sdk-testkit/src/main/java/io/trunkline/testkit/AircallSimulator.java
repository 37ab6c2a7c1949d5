package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import io.trunkline.testkit.internal.IdSource;
import io.trunkline.testkit.internal.LockedDashboard;
import io.trunkline.testkit.internal.SimulatorServer;
import io.trunkline.testkit.internal.aircall.AircallApi;
import io.trunkline.testkit.internal.aircall.AircallRateLimit;
import io.trunkline.testkit.internal.aircall.AircallStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An in-process, stateful simulation of the Aircall Public REST API on a random loopback port.
 *
 * <p>Served endpoints (under {@link #baseUrl()}, the server root — Aircall puts the version in
 * each path): {@code GET /v1/ping}; {@code GET /v1/numbers[/{id}]}; {@code GET /v1/teams[/{id}]};
 * {@code GET /v2/users[/{id_or_email}]}; {@code GET /v1/users/{id}/availability};
 * {@code GET /v1/calls[/{id}]} ({@code from}/{@code to} in UNIX seconds); {@code GET|POST /v1/webhooks},
 * {@code GET|PUT|DELETE /v1/webhooks/{id}} (create answers 201, delete 204; {@code events} left out
 * on create <em>or update</em> means all events). Lists use {@code page}/{@code per_page}
 * (default 20; values above the documented maximum of 50 are clamped to 50) and a {@code meta}
 * object whose page links are absolute URLs to this simulator. Anything else answers 404
 * {@code {"message":"Not Found"}}.
 *
 * <p>Authentication: {@code Authorization: Basic base64(apiId:apiToken)}, or
 * {@code Bearer <token>} when a {@linkplain Builder#bearerToken(Secret) bearer token} is set. No
 * header → 401 {@code {"message":"Unauthorized"}}; a wrong or malformed one → 403
 * {@code {"message":"Forbidden"}}, as Aircall answers.
 *
 * <p>Rate limit: a per-company budget (default 120 per 60 s) on the simulator clock, counted
 * after authentication. Responses carry {@code X-AircallApi-Limit}, {@code -Remaining} and
 * {@code -Reset} ({@link RateLimitHeaders}); over budget the answer is 429
 * {@code {"message":"Too Many Requests"}} with those headers and no {@code Retry-After} (Aircall
 * documents none). Use a short window, e.g. {@code rateLimit(120, Duration.ofSeconds(1))}, for a
 * fast time scale.
 *
 * <p>Dashboard-only configuration (SIP destinations, Smartflows) has no API at Aircall; it lives
 * in {@link #dashboard()} and is never served over HTTP.
 *
 * <pre>{@code
 * try (AircallSimulator aircall = AircallSimulator.builder().clock(clock).build()) {
 *     AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789").name("Paris").build());
 *     client = AircallClient.builder().baseUrl(aircall.baseUrl())
 *             .credentials(aircall.apiId(), aircall.apiToken()).build();
 * }
 * }</pre>
 */
public final class AircallSimulator implements VendorSimulator {

    private final String apiId;
    private final Secret apiToken;
    private final Secret bearerToken;
    private final Clock clock;
    private final AircallStore store;
    private final AircallRateLimit rateLimit;
    private final SimulatorServer server;
    private final AircallDashboard dashboard;
    private final VendorProfile profile;

    private AircallSimulator(Builder b) {
        IdSource ids = new IdSource(b.seed);
        this.clock = b.clock;
        this.apiId = b.apiId != null ? b.apiId : ids.token(24);
        this.apiToken = b.apiToken != null ? b.apiToken : Secret.of(ids.token(32));
        this.bearerToken = b.bearerToken;
        this.profile = b.profile;
        RateLimitHeaders headers = b.headers != null ? b.headers
                : profile.documentedOnly() ? RateLimitHeaders.ONLY_WHEN_LIMITED : RateLimitHeaders.ALWAYS;
        if (profile.documentedOnly() && headers == RateLimitHeaders.ALWAYS) {
            throw new IllegalStateException("Aircall documents its X-AircallApi-* headers only for answers once the "
                    + "rate limit has been reached; use VendorProfile.LEDGER_ASSUMPTIONS to send them on every answer");
        }
        this.rateLimit = new AircallRateLimit(b.limit, b.window, headers, b.resetUnit, clock);
        this.store = new AircallStore(clock, new IdSource(b.seed + 1));
        AircallApi api = new AircallApi(apiId, apiToken, bearerToken, rateLimit, store, profile);
        this.server = new SimulatorServer("trunkline-aircall-simulator", api, b.port);
        api.rootUrl(server.rootUrl());
        this.dashboard = new LockedDashboard(server, store);
    }

    /** @return a builder with generated credentials, the system UTC clock and 120 requests per minute */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API base: the server root, e.g. {@code http://127.0.0.1:53817} (paths start with /v1 or /v2) */
    @Override
    public String baseUrl() {
        return server.rootUrl();
    }

    /** @return the Basic-auth user ({@code api_id}) */
    public String apiId() {
        return apiId;
    }

    /** @return the Basic-auth password ({@code api_token}) */
    public Secret apiToken() {
        return apiToken;
    }

    /** @return the accepted OAuth bearer token, when configured */
    public Optional<Secret> bearerToken() {
        return Optional.ofNullable(bearerToken);
    }

    /** @return the clock that drives the rate limit and timestamps */
    @Override
    public Clock clock() {
        return clock;
    }

    /** @return the dashboard-only settings (SIP destinations, Smartflows) */
    public AircallDashboard dashboard() {
        return dashboard;
    }

    /**
     * @param number a line; its id is assigned when left out
     * @return the stored line
     */
    public AircallNumber addNumber(AircallNumber number) {
        Objects.requireNonNull(number, "number");
        return server.locked(() -> store.addNumber(number));
    }

    /**
     * @param user a user; its id is assigned when left out
     * @return the stored user
     */
    public AircallUser addUser(AircallUser user) {
        Objects.requireNonNull(user, "user");
        return server.locked(() -> store.addUser(user));
    }

    /**
     * @param team a team whose users were added first; its id is assigned when left out
     * @return the stored team
     */
    public AircallTeam addTeam(AircallTeam team) {
        Objects.requireNonNull(team, "team");
        return server.locked(() -> store.addTeam(team));
    }

    /**
     * @param call a call record; its id is assigned when left out
     * @return the stored call
     */
    public AircallCall addCall(AircallCall call) {
        Objects.requireNonNull(call, "call");
        return server.locked(() -> store.addCall(call));
    }

    /** @return the lines */
    public List<AircallNumber> numbers() {
        return server.locked(store::numbers);
    }

    /**
     * @param e164 a DID in E.164
     * @return the line with that DID
     */
    public Optional<AircallNumber> numberByDid(String e164) {
        Objects.requireNonNull(e164, "e164");
        return numbers().stream().filter(n -> n.e164().equals(e164)).findFirst();
    }

    /** @return the teams */
    public List<AircallTeam> teams() {
        return server.locked(store::teams);
    }

    /** @return the users */
    public List<AircallUser> users() {
        return server.locked(store::users);
    }

    /** @return the calls */
    public List<AircallCall> calls() {
        return server.locked(store::calls);
    }

    /** @return the webhooks, including their tokens */
    public List<Webhook> webhooks() {
        return server.locked(store::webhooks);
    }

    /**
     * Deletes a line behind the client's back (the "disappears" scenario).
     *
     * @param lineId the number id
     * @return whether it existed
     */
    public boolean removeNumber(long lineId) {
        return server.locked(() -> store.removeNumber(lineId));
    }

    /** @return requests received since the last reset, whatever their outcome */
    public long requestCount() {
        return requests().size();
    }

    /** @return requests the rate limit refused with 429 since the last reset (injected faults excluded) */
    public long rateLimitedCount() {
        return server.locked(rateLimit::refused);
    }

    /** @return the fault schedule */
    @Override
    public FaultInjection faults() {
        return server.faults();
    }

    /**
     * @param filter which requests to keep
     * @return the matching requests, oldest first
     */
    @Override
    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        Objects.requireNonNull(filter, "filter");
        return server.requests(filter);
    }

    /** Clears all state, dashboard settings, the rate-limit window, counters, the journal and faults. */
    @Override
    public void reset() {
        server.locked(() -> {
            store.reset();
            rateLimit.reset();
            server.clearJournalAndFaults();
            return null;
        });
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    /** @return what the simulator grants beyond Aircall's documentation */
    public VendorProfile profile() {
        return profile;
    }

    @Override
    public String toString() {
        return "AircallSimulator[" + baseUrl() + "]";
    }

    /** Configures and starts an {@link AircallSimulator}. */
    public static final class Builder {
        private String apiId;
        private Secret apiToken;
        private Secret bearerToken;
        private Clock clock = Clock.systemUTC();
        private int limit = 120;
        private Duration window = Duration.ofMinutes(1);
        private RateLimitHeaders headers;
        private VendorProfile profile = VendorProfile.DOCUMENTED_ONLY;
        private ChronoUnit resetUnit = ChronoUnit.SECONDS;
        private int port;
        private long seed = 11L;

        private Builder() {
        }

        /**
         * @param apiId the {@code api_id} the simulator accepts as Basic-auth user; left unset, a
         *     24-character id generated from the {@linkplain #seed(long) seed}
         * @return this builder
         */
        public Builder apiId(String apiId) {
            this.apiId = Objects.requireNonNull(apiId, "apiId");
            return this;
        }

        /**
         * @param apiToken the {@code api_token} the simulator accepts as Basic-auth password; left unset,
         *     a 32-character token generated from the {@linkplain #seed(long) seed}
         * @return this builder
         */
        public Builder apiToken(Secret apiToken) {
            this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
            return this;
        }

        /**
         * @param token an OAuth access token to accept in {@code Authorization: Bearer}; left unset, only
         *     Basic auth is accepted
         * @return this builder
         */
        public Builder bearerToken(Secret token) {
            this.bearerToken = Objects.requireNonNull(token, "token");
            return this;
        }

        /**
         * @param clock drives the rate-limit window and the {@code created_at} of stored resources; default
         *     the system UTC clock; give a {@link SimulatorClock} to move time in a test without waiting
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param limit requests per window; default 120 (Aircall's documented per-company limit)
         * @param window the window; default one minute. Shorten it for a fast time scale.
         * @return this builder
         */
        public Builder rateLimit(int limit, Duration window) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + limit);
            }
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("window must be positive, got " + window);
            }
            this.limit = limit;
            this.window = window;
            return this;
        }

        /**
         * @param profile what to grant beyond Aircall's documentation; default
         *     {@link VendorProfile#DOCUMENTED_ONLY}
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * @param headers when to send the rate-limit headers; default {@code ONLY_WHEN_LIMITED} under
         *     {@link VendorProfile#DOCUMENTED_ONLY} (which refuses {@code ALWAYS}), else {@code ALWAYS}
         * @return this builder
         */
        public Builder rateLimitHeaders(RateLimitHeaders headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /**
         * @param unit the unit of the {@code X-AircallApi-Reset} UNIX timestamp, {@code SECONDS}
         *     (default) or {@code MILLIS}; Aircall does not document which
         * @return this builder
         */
        public Builder rateLimitResetUnit(ChronoUnit unit) {
            Objects.requireNonNull(unit, "unit");
            if (unit != ChronoUnit.SECONDS && unit != ChronoUnit.MILLIS) {
                throw new IllegalArgumentException("the reset unit must be SECONDS or MILLIS, got " + unit);
            }
            this.resetUnit = unit;
            return this;
        }

        /**
         * @param port the loopback port to listen on; default 0, any free port (tests in parallel
         *     never collide). Give one to reach the simulator from another process.
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param seed seeds the generated credentials and ids, so two simulators built with the same
         *     seed hand out the same values; default a fixed seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the simulator, already listening */
        public AircallSimulator build() {
            return new AircallSimulator(this);
        }
    }

    /**
     * When the Aircall simulator sends {@code X-AircallApi-Limit}, {@code X-AircallApi-Remaining}
     * and {@code X-AircallApi-Reset}. Aircall documents them as available "when the rate limit has
     * been reached" and does not say whether normal responses carry them, so both are offered.
     */
    public enum RateLimitHeaders {
        /**
         * On every response that passed authentication (the default under
         * {@link VendorProfile#LEDGER_ASSUMPTIONS}; refused under {@link VendorProfile#DOCUMENTED_ONLY}).
         */
        ALWAYS,
        /** Only on 429 responses (the default under {@link VendorProfile#DOCUMENTED_ONLY}). */
        ONLY_WHEN_LIMITED
    }

    /**
     * An Aircall webhook as the simulator stores it (snapshot only; create webhooks over HTTP).
     *
     * @param webhookId the UUID
     * @param customName the name ({@code Webhook} by default)
     * @param url the delivery URL
     * @param active whether deliveries are on
     * @param token the body token used to authenticate deliveries; the API returns it in plain text
     * @param events the subscribed events; {@link #DOCUMENTED_EVENTS} when the client sent none
     * @param createdAt creation time
     */
    public record Webhook(String webhookId, String customName, String url, boolean active, Secret token,
            List<String> events, Instant createdAt) {

        /**
         * Every event name listed in Trunkline's Aircall reference (Aircall publishes more): what a webhook
         * created or updated without {@code events} subscribes to.
         */
        public static final List<String> DOCUMENTED_EVENTS = List.of(
                "call.created", "call.ringing_on_agent", "call.agent_declined", "call.answered", "call.transferred",
                "call.external_transferred", "call.unsuccessful_transfer", "call.hungup", "call.ended", "call.hold",
                "call.unhold", "call.ivr_option_selected", "call.comm_assets_generated", "call.voicemail_left",
                "call.assigned", "call.archived", "call.tagged", "call.untagged", "call.commented",
                "user.created.v2", "user.deleted.v2", "user.connected.v2", "user.disconnected.v2", "user.opened.v2",
                "user.closed.v2", "user.wut_start.v2", "user.wut_end.v2",
                "number.created", "number.opened", "number.closed", "number.deleted",
                "contact.created", "contact.updated", "contact.deleted",
                "message.sent", "message.received", "message.status_updated", "group_message.sent",
                "group_message.received", "group_message.status_updated",
                "transcription.created", "summary.created", "topics.created", "sentiment.created",
                "action_item.created", "playbook_result.created", "playbook_result.updated",
                "realtime_transcription.utterances_received", "custom_summary.result_created",
                "custom_summary.result_updated", "call_evaluation.created", "call_evaluation.updated",
                "ai_voice_agent.started", "ai_voice_agent.ended", "ai_voice_agent.escalated", "ai_voice_agent.summary",
                "analytics.report_created", "analytics.report_failed", "integration.deleted");

        /**
         * Copies the event list.
         *
         * @param webhookId the {@code webhook_id}, a UUID; not null
         * @param customName the {@code custom_name}; not null ({@code Webhook} when the client sent none)
         * @param url the HTTPS URL Aircall delivers events to; not null
         * @param active whether deliveries are on
         * @param token the body token that authenticates deliveries; not null; kept as a {@link Secret}
         *     so it never shows in {@code toString()}
         * @param events the subscribed event names; not null; copied
         * @param createdAt when the webhook was created, from the simulator clock; not null
         */
        public Webhook {
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(customName, "customName");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(createdAt, "createdAt");
            events = List.copyOf(events);
        }
    }
}
