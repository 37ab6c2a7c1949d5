package io.trunkline.aircall;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.core.model.Secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Shared fixtures: credentials, the expected Authorization header and a client aimed at WireMock. */
public final class AircallWireMock {

    /** The Basic-auth api_id used by tests. */
    public static final String API_ID = "api-id-7f3a";
    /** The Basic-auth api_token used by tests; must never show up anywhere. */
    public static final String API_TOKEN = "tok-SECRET-9c1e44";
    /** The exact header Aircall's docs prescribe: Basic base64(api_id:api_token). */
    public static final String BASIC = "Basic "
            + Base64.getEncoder().encodeToString((API_ID + ":" + API_TOKEN).getBytes(StandardCharsets.UTF_8));

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
    public static AircallConfig.Builder config(WireMockExtension wireMock, FakeTime time) {
        return AircallConfig.builder()
                .apiId(Secret.of(API_ID))
                .apiToken(Secret.of(API_TOKEN))
                .baseUrl(wireMock.baseUrl())
                .http(http -> http.clock(time).sleeper(time).jitterSeed(42));
    }

    /** @return a client with {@link #config} defaults */
    public static AircallClient client(WireMockExtension wireMock, FakeTime time) {
        return AircallClient.create(config(wireMock, time).build());
    }

    /** @return the endpoints with {@link #config} defaults, for tests of what each request sends and reads */
    public static AircallEndpoints endpoints(WireMockExtension wireMock, FakeTime time) {
        return AircallEndpoints.create(config(wireMock, time).build());
    }
}
