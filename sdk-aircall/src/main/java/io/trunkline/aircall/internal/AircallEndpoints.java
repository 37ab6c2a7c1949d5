package io.trunkline.aircall.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.aircall.internal.wire.Call;
import io.trunkline.aircall.internal.wire.CallQuery;
import io.trunkline.aircall.internal.wire.Envelopes;
import io.trunkline.aircall.internal.wire.SortOrder;
import io.trunkline.aircall.internal.wire.Team;
import io.trunkline.aircall.internal.wire.UserV2;
import io.trunkline.http.internal.HttpPipeline;
import io.trunkline.http.internal.VendorHttp;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Aircall Public REST API endpoints Trunkline calls, typed: ping, numbers (lines), teams, users
 * (v2) and calls. {@link io.trunkline.aircall.AircallClient} owns one and hands it to the adapter;
 * benchmarks create their own.
 *
 * <p>Thread-safe. All requests share a pacer that keeps them within
 * {@link AircallConfig#rateLimitRequests()} per {@link AircallConfig#rateLimitWindow()} (Aircall's
 * limit is per company). Reads are retried on connection failures, 5xx and 429. List methods return
 * lazy streams: a page is requested only when the stream reaches it; consume them on one thread.
 *
 * <p>Failures surface as {@link io.trunkline.core.exception.AuthenticationException} (401/403),
 * {@link io.trunkline.core.exception.ResourceNotFoundException} (404),
 * {@link io.trunkline.core.exception.RateLimitedException} (429 after waiting and retrying),
 * {@link io.trunkline.core.exception.VendorApiException} (other statuses) and
 * {@link io.trunkline.core.exception.VendorConnectionException} (I/O, timeouts, unreadable answers,
 * a missing required field).
 */
public final class AircallEndpoints implements AutoCloseable {

    private final AircallConfig config;
    private final VendorHttp wiring;
    private final AircallApi api;
    private final AircallHttp hooks;
    private final HttpPipeline executor;

    private AircallEndpoints(AircallConfig config) {
        this.config = config;
        ObjectMapper mapper = AircallHttp.objectMapper();
        this.wiring = AircallHttp.wiring(config, mapper);
        this.api = wiring.api(AircallApi.class);
        this.hooks = new AircallHttp(config);
        this.executor = new HttpPipeline(config.http(), new AircallErrors(mapper, config.http().maxRateLimitWait()),
                hooks);
    }

    /**
     * @param config the configuration
     * @return the endpoints; nothing is sent until a method is called
     */
    public static AircallEndpoints create(AircallConfig config) {
        return new AircallEndpoints(Objects.requireNonNull(config, "config"));
    }

    /** @return the configuration */
    public AircallConfig config() {
        return config;
    }

    /**
     * Releases OkHttp's dispatcher threads and pooled connections, unless the OkHttpClient came from
     * the caller (its owner closes it). Calls after close fail.
     */
    @Override
    public void close() {
        wiring.close();
    }

    /** @return the OkHttp client requests go through (for tests of {@link #close()}) */
    public OkHttpClient okHttp() {
        return wiring.okHttp();
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
    public Map<String, String> lastRateLimitHeaders() {
        return hooks.lastRateLimitHeaders();
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
     * Lists calls ({@code GET /v1/calls}), lazily. Aircall serves at most 10,000 calls per query:
     * narrow with {@link CallQuery.Builder#from} / {@link CallQuery.Builder#to}.
     *
     * @param query the filters; {@link CallQuery#all()} for none
     * @return the calls
     */
    public Stream<Call> calls(CallQuery query) {
        Objects.requireNonNull(query, "query");
        return list(Operation.read("list calls"), api.calls(
                query.from().map(Instant::getEpochSecond).orElse(null),
                query.to().map(Instant::getEpochSecond).orElse(null),
                query.order().map(SortOrder::queryValue).orElse(null),
                1, config.perPage()), api::calls);
    }

    private <T, P extends Envelopes.Page<T>> Stream<T> list(Operation op, retrofit2.Call<P> first,
                                                            Function<HttpUrl, retrofit2.Call<P>> next) {
        return Pages.stream(executor, op, config.baseUrl(), first, next);
    }

    @Override
    public String toString() {
        return "AircallEndpoints[" + config + "]";
    }
}
