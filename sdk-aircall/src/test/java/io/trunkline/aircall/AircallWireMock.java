package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.core.model.Secret;
import io.trunkline.testsupport.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Shared fixtures: credentials, the expected Authorization header and a client aimed at WireMock. */
public final class AircallWireMock {

    /** The Basic-auth api_id used by tests. */
    public static final String API_ID = "api-id-7f3a";
    /** The Basic-auth api_token used by tests; must never show up anywhere. */
    public static final String API_TOKEN = "tok-SECRET-9c1e44";
    /** The exact header Aircall's docs prescribe: Basic base64(api_id:api_token). */
    public static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString((API_ID + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));

    /** 2024-11-26T12:08:16Z, the instant every test's {@link ManualClock} starts at. */
    public static final Instant START = Instant.ofEpochSecond(1_732_622_896L);

    private AircallWireMock() {
    }

    /** @return a WireMock extension on a random port */
    public static WireMockExtension extension() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    /**
     * @param wireMock the server
     * @param time fake clock and sleeper
     * @return a config builder with Basic credentials, fast retries and deterministic jitter
     */
    public static AircallConfig.Builder config(WireMockExtension wireMock, ManualClock time) {
        return AircallConfig.builder()
                .apiId(Secret.of(API_ID))
                .apiToken(Secret.of(API_TOKEN))
                .baseUrl(wireMock.baseUrl())
                .http(http -> http.clock(time).sleeper(time::sleep).jitterSeed(42));
    }

    /** @return a client with {@link #config} defaults */
    public static AircallClient client(WireMockExtension wireMock, ManualClock time) {
        return AircallClient.create(config(wireMock, time).build());
    }

    /** @return the endpoints with {@link #config} defaults, for tests of what each request sends and reads */
    public static AircallEndpoints endpoints(WireMockExtension wireMock, ManualClock time) {
        return AircallEndpoints.create(config(wireMock, time).build());
    }
}
