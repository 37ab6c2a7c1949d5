package io.trunkline.spring.boot.internal;

import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;

/**
 * The health reads, one per vendor, each the read the vendor documents for checking credentials
 * (see shared/vendor-apis): Synthflow's {@code GET /v2/assistants} ("Key check") with a page of one,
 * Aircall's {@code GET /v1/ping}. Each probe has its own client with a single attempt, so a health
 * check is exactly one request and never waits out retries or the application's pacing.
 */
public final class VendorProbes {

    private VendorProbes() {
    }

    /**
     * @param config the application's Synthflow configuration
     * @return a probe on a single-attempt client of its own
     */
    public static VendorProbe synthflow(SynthflowConfig config) {
        SynthflowClient client = SynthflowClient.create(config.toBuilder().http(http -> http.maxAttempts(1)).build());
        return new VendorProbe("Synthflow", "GET /v2/assistants?limit=1", config.baseUrl(),
                "check trunkline.synthflow.api-key and trunkline.synthflow.workspace-id, and that the base URL "
                        + "or region is the workspace's",
                VendorConfigs.SYNTHFLOW, client::checkCredentials, client);
    }

    /**
     * @param config the application's Aircall configuration
     * @return a probe on a single-attempt client of its own
     */
    public static VendorProbe aircall(AircallConfig config) {
        AircallClient client = AircallClient.create(config.toBuilder().http(http -> http.maxAttempts(1)).build());
        return new VendorProbe("Aircall", "GET /v1/ping", config.baseUrl().toString(),
                "check trunkline.aircall.api-id and trunkline.aircall.api-token (or trunkline.aircall.access-token)",
                VendorConfigs.AIRCALL, client::ping, client);
    }
}
