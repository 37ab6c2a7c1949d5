package io.trunkline.aircall;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.testsupport.ManualClock;

/** Client variants for adapter tests. */
final class AircallClientFor {

    private AircallClientFor() {
    }

    /** @return a client that sends each request once, so error tests count exactly */
    static AircallClient noRetries(WireMockExtension wireMock, ManualClock time) {
        return AircallClient.create(AircallWireMock.config(wireMock, time).http(http -> http.maxAttempts(1)).build());
    }
}
