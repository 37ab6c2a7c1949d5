package io.trunkline.aircall.client;

import okhttp3.OkHttpClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.aircall.internal.AircallApi;
import io.trunkline.aircall.internal.AircallHttp;
import io.trunkline.aircall.internal.Envelopes;
import io.trunkline.aircall.internal.Operation;
import io.trunkline.aircall.internal.Pages;
import io.trunkline.aircall.internal.RequestExecutor;
import io.trunkline.aircall.internal.RequestPacer;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * Typed access to the Aircall Public REST API endpoints Trunkline needs: ping, numbers (lines),
 * teams, users (v2) and their real-time availability (v1), calls and webhooks.
 *
 * <p>Thread-safe and immutable: create one per Aircall company and share it. All requests of one
 * client share a pacer that keeps them within {@link AircallConfig#rateLimitRequests()} per
 * {@link AircallConfig#rateLimitWindow()} (Aircall's limit is per company, shared by every
 * integration). Reads, updates and deletes are retried on connection failures, 5xx and 429; a
 * webhook create is retried only after a 429, because Aircall has no idempotency keys.
 *
 * <p>List methods return lazy streams: a page is requested only when the stream reaches it, so
 * {@code numbers().findFirst()} costs one request. Consume them on one thread.
 *
 * <pre>{@code
 * AircallClient aircall = AircallClient.create(AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .build());
 * aircall.ping();
 * List<AircallNumber> lines = aircall.numbers().toList();
 * }</pre>
 *
 * <p>Failures surface as {@link io.trunkline.core.exception.AuthenticationException} (401/403),
 * {@link io.trunkline.core.exception.ResourceNotFoundException} (404),
 * {@link io.trunkline.core.exception.RateLimitedException} (429 after waiting and retrying),
 * {@link io.trunkline.core.exception.VendorApiException} (other statuses) and
 * {@link io.trunkline.core.exception.VendorConnectionException} (I/O, timeouts, unreadable answers,
 * a missing required field).
 */
public final class AircallClient implements AutoCloseable {

    private static final String WEBHOOK_CREATE_ADVICE = "The outcome is unknown: the webhook may or may not"
            + " have been created. List webhooks (GET /v1/webhooks) and look for its url before creating it"
            + " again; Trunkline does not retry creates because Aircall offers no idempotency keys";

    private final AircallConfig config;
    private final AircallApi api;
    private final RequestExecutor executor;
    private final OkHttpClient http;
    private final boolean ownsHttp;

    private AircallClient(AircallConfig config) {
        this.config = config;
        ObjectMapper mapper = AircallHttp.objectMapper();
        this.ownsHttp = config.okHttpClient().isEmpty();
        this.http = AircallHttp.okHttpClient(config);
        this.api = AircallHttp.api(config, mapper, http);
        RequestPacer pacer = new RequestPacer(config.rateLimitRequests(), config.rateLimitWindow(),
                config.clock(), config.sleeper(), config.sharedRateBudget().orElse(null));
        this.executor = new RequestExecutor(config, pacer, mapper);
    }

    /**
     * @param config the configuration
     * @return a client; nothing is sent until a method is called
     */
    public static AircallClient create(AircallConfig config) {
        return new AircallClient(Objects.requireNonNull(config, "config"));
    }

    /** @return the configuration this client was created with */
    public AircallConfig config() {
        return config;
    }

    /**
     * Releases what this client owns: OkHttp's dispatcher threads and pooled connections, so a
     * program can end as soon as its work is done. A caller-supplied OkHttpClient (from the
     * configuration) is left alone: its owner closes it. Calls after close fail.
     */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** @return the OkHttp client requests go through (for tests of {@link #close()}) */
    OkHttpClient http() {
        return http;
    }

    /**
     * Checks that Aircall accepts the credentials ({@code GET /v1/ping}).
     *
     * @throws io.trunkline.core.exception.AuthenticationException if the credentials are refused
     */
    public void ping() {
        executor.execute(Operation.read("ping"), api.ping());
    }

    /**
     * The {@code X-AircallApi-Limit}, {@code -Remaining} and {@code -Reset} headers of the last answer,
     * as received. Aircall documents them only once the rate limit is reached; the preflight reads
     * this after a {@link #ping()} to learn whether ordinary answers carry them.
     *
     * @return the headers present on the last answer, by name; empty when it had none
     */
    public java.util.Map<String, String> lastRateLimitHeaders() {
        return executor.lastRateLimitHeaders();
    }

    /**
     * Lists every number (line) of the company ({@code GET /v1/numbers}), lazily, page by page.
     *
     * @return the numbers, in Aircall's order
     */
    public Stream<AircallNumber> numbers() {
        return list(Operation.read("list numbers"), api.numbers(1, config.perPage()), api::numbers);
    }

    /**
     * Reads one number ({@code GET /v1/numbers/{id}}).
     *
     * @param id the Line ID
     * @return the number
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such number exists
     */
    public AircallNumber number(long id) {
        return executor.execute(Operation.read("get number " + id), api.number(id)).number();
    }

    /** @return every team ({@code GET /v1/teams}), lazily */
    public Stream<Team> teams() {
        return list(Operation.read("list teams"), api.teams(1, config.perPage()), api::teams);
    }

    /**
     * Reads one team ({@code GET /v1/teams/{id}}).
     *
     * @param id the Team ID
     * @return the team
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such team exists
     */
    public Team team(long id) {
        return executor.execute(Operation.read("get team " + id), api.team(id)).team();
    }

    /** @return every user from the v2 Users API ({@code GET /v2/users}), lazily */
    public Stream<UserV2> users() {
        return list(Operation.read("list users"), api.users(1, config.perPage()), api::users);
    }

    /**
     * Reads one user from the v2 Users API ({@code GET /v2/users/{id}}).
     *
     * @param id the User ID
     * @return the user
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such user exists
     */
    public UserV2 user(long id) {
        return executor.execute(Operation.read("get user " + id), api.user(id)).user();
    }

    /**
     * Reads whether a user can take a call right now ({@code GET /v1/users/{id}/availability}).
     *
     * @param userId the User ID
     * @return the real-time availability
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such user exists
     */
    public UserAvailability userAvailability(long userId) {
        return executor.execute(Operation.read("get availability of user " + userId), api.userAvailability(userId));
    }

    /**
     * Lists calls ({@code GET /v1/calls}), lazily. Aircall serves at most 10,000 calls per query:
     * narrow with {@link CallQuery.Builder#from} / {@link CallQuery.Builder#to}.
     *
     * @param query the filters; {@link CallQuery#all()} for none
     * @return the calls
     */
    public Stream<Call> calls(CallQuery query) {
        Objects.requireNonNull(query, "query");
        return list(Operation.read("list calls"), api.calls(
                query.from().map(java.time.Instant::getEpochSecond).orElse(null),
                query.to().map(java.time.Instant::getEpochSecond).orElse(null),
                query.order().map(SortOrder::queryValue).orElse(null),
                1, config.perPage()), api::calls);
    }

    /**
     * Reads one call ({@code GET /v1/calls/{id}}).
     *
     * @param id the call id
     * @return the call
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such call exists
     */
    public Call call(long id) {
        return executor.execute(Operation.read("get call " + id), api.call(id)).call();
    }

    /** @return every webhook of the company ({@code GET /v1/webhooks}), lazily; each holds its token */
    public Stream<Webhook> webhooks() {
        return list(Operation.read("list webhooks"), api.webhooks(1, config.perPage()), api::webhooks);
    }

    /**
     * Reads one webhook, including its token ({@code GET /v1/webhooks/{webhook_id}}).
     *
     * @param webhookId the webhook's id (UUID)
     * @return the webhook
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such webhook exists
     */
    public Webhook webhook(String webhookId) {
        Objects.requireNonNull(webhookId, "webhookId");
        return executor.execute(Operation.read("get webhook " + webhookId), api.webhook(webhookId)).webhook();
    }

    /**
     * Creates a webhook ({@code POST /v1/webhooks}) with an explicit event list. Not retried after a
     * connection failure or 5xx — the webhook may exist then; list webhooks before trying again.
     *
     * @param request url, optional name and the events
     * @return the created webhook, including its token
     * @throws io.trunkline.core.exception.VendorApiException with the "outcome unknown" advice on 5xx
     */
    public Webhook createWebhook(WebhookCreateRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.execute(Operation.create("create webhook", WEBHOOK_CREATE_ADVICE),
                api.createWebhook(request)).webhook();
    }

    /**
     * Updates a webhook ({@code PUT /v1/webhooks/{webhook_id}}); the event list is always sent.
     *
     * @param webhookId the webhook's id
     * @param request the changes
     * @return the updated webhook
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such webhook exists
     */
    public Webhook updateWebhook(String webhookId, WebhookUpdateRequest request) {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(request, "request");
        return executor.execute(Operation.idempotentWrite("update webhook " + webhookId),
                api.updateWebhook(webhookId, request)).webhook();
    }

    /**
     * Deletes a webhook ({@code DELETE /v1/webhooks/{webhook_id}}).
     *
     * @param webhookId the webhook's id
     * @throws io.trunkline.core.exception.ResourceNotFoundException if no such webhook exists (including
     *         when a retried delete had already succeeded)
     */
    public void deleteWebhook(String webhookId) {
        Objects.requireNonNull(webhookId, "webhookId");
        executor.executeWithoutBody(Operation.idempotentWrite("delete webhook " + webhookId),
                api.deleteWebhook(webhookId));
    }

    private <T, P extends Envelopes.Page<T>> Stream<T> list(Operation op, retrofit2.Call<P> first,
                                                            Function<HttpUrl, retrofit2.Call<P>> next) {
        return Pages.stream(executor, op, config.baseUrl(), first, next);
    }

    @Override
    public String toString() {
        return "AircallClient[" + config + "]";
    }
}
