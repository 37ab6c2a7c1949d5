package io.trunkline.aircall;

import io.trunkline.aircall.internal.AircallEndpoints;
import java.util.Objects;

/**
 * A connection to one Aircall company's Public REST API, shared by everything that reads it: hand it
 * to {@link AircallContactCenter#create(AircallClient)}.
 *
 * <p>Thread-safe and immutable: create one per Aircall company and share it. All requests of one
 * client share a pacer that keeps them within {@link AircallConfig#rateLimitRequests()} per
 * {@link AircallConfig#rateLimitWindow()} (Aircall's limit is per company, shared by every
 * integration). Reads are retried on connection failures, 5xx and 429.
 *
 * <pre>{@code
 * try (AircallClient aircall = AircallClient.create(AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .build())) {
 *     aircall.ping();                                      // fails fast on wrong credentials
 *     AircallContactCenter contactCenter = AircallContactCenter.create(aircall);
 *     // ...
 * }
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

    private final AircallEndpoints endpoints;

    private AircallClient(AircallConfig config) {
        this.endpoints = AircallEndpoints.create(config);
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
        return endpoints.config();
    }

    /**
     * Checks that Aircall accepts the credentials ({@code GET /v1/ping}).
     *
     * @throws io.trunkline.core.exception.AuthenticationException if the credentials are refused
     */
    public void ping() {
        endpoints.ping();
    }

    /**
     * Releases what this client owns: OkHttp's dispatcher threads and pooled connections, so a
     * program can end as soon as its work is done. A caller-supplied OkHttpClient (from the
     * configuration) is left alone: its owner closes it. Calls after close fail.
     */
    @Override
    public void close() {
        endpoints.close();
    }

    /** @return the endpoints this client sends through, for the adapter in this package */
    AircallEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public String toString() {
        return "AircallClient[" + config() + "]";
    }
}
