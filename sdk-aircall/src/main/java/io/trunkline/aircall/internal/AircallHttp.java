package io.trunkline.aircall.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.model.Secret;
import io.trunkline.http.internal.HttpPipeline;
import io.trunkline.http.internal.VendorHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import okhttp3.Response;

/**
 * Aircall's part of the shared HTTP pipeline: its JSON settings, its Authorization header, and the
 * hooks that keep the {@link RequestPacer} in step with Aircall's rate-limit headers.
 */
public final class AircallHttp implements HttpPipeline.Hooks {

    private final RequestPacer pacer;
    private final java.time.Clock clock;
    /** The {@code X-AircallApi-*} headers of the last answer, as received: what preflight inspects. */
    private volatile Map<String, String> lastRateLimitHeaders = Map.of();

    /** @param config the client configuration */
    public AircallHttp(AircallConfig config) {
        this.clock = config.http().clock();
        this.pacer = new RequestPacer(config.rateLimitRequests(), config.rateLimitWindow(), clock,
                config.http().sleeper(), config.sharedRateBudget().orElse(null));
    }

    /**
     * @return the JSON mapper: unknown fields ignored, a missing or null id fails. Request bodies omit
     *         nulls through their own {@code @JsonInclude(NON_NULL)}.
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * @param config the client configuration
     * @param mapper the JSON mapper
     * @return the OkHttp and Retrofit wiring, sending {@code Authorization: Basic base64(api_id:api_token)}
     *         or {@code Authorization: Bearer <token>}
     */
    public static VendorHttp wiring(AircallConfig config, ObjectMapper mapper) {
        // The body type is converter-jackson's default, which Aircall has always been sent.
        return VendorHttp.create(config.http(), config.baseUrl(), mapper, authorization(config), null,
                "application/json; charset=UTF-8");
    }

    private static Secret authorization(AircallConfig config) {
        if (config.accessToken().isPresent()) {
            return Secret.of("Bearer " + config.accessToken().get().reveal());
        }
        String pair = config.apiId().orElseThrow().reveal() + ":" + config.apiToken().orElseThrow().reveal();
        return Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the {@code X-AircallApi-*} headers of the last answer, empty when it had none */
    public Map<String, String> lastRateLimitHeaders() {
        return lastRateLimitHeaders;
    }

    @Override
    public Duration beforeAttempt() throws InterruptedException {
        return pacer.acquire();
    }

    @Override
    public void observe(Response answer) {
        Map<String, String> raw = RateLimitHeaders.raw(answer.headers());
        lastRateLimitHeaders = raw;
        if (!raw.isEmpty()) {
            pacer.observe(RateLimitHeaders.from(answer.headers(), clock));
        }
    }

    /**
     * A 429 waits until {@code X-AircallApi-Reset} when it lies ahead, else {@code Retry-After}; and every
     * other request of the client waits with it, since Aircall's limit is per company.
     */
    @Override
    public Duration waitHint(Response answer, Duration retryAfter) {
        if (answer.code() != 429) {
            return retryAfter;
        }
        Instant now = clock.instant();
        Duration hint = RateLimitHeaders.from(answer.headers(), clock).waitHint(now).orElse(null);
        if (hint != null) {
            pacer.pauseUntil(now.plus(hint));
        }
        return hint;
    }
}
