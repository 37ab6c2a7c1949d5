package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.model.Secret;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowConfig;
import org.junit.jupiter.api.Test;

/**
 * The README's offline plan, with both vendors' adapters pointing at a port nothing listens on: any
 * request would fail the plan, so a rendered runbook proves that none was sent.
 */
class OfflinePlanTest {

    private static final String NOWHERE = "http://127.0.0.1:9";

    @Test
    void theRunbookOfAFreshAccountRendersWithoutAnyVendorConnection() {
        try (SynthflowAgentPlatform synthflow = SynthflowAgentPlatform.create(SynthflowConfig.builder()
                .apiKey(Secret.of("not-yet")).workspaceId("not-yet").baseUrl(NOWHERE + "/v2").build())) {
            IntegrationEngine offline = IntegrationEngine.builder()
                    .agentPlatform(synthflow)
                    .contactCenter(AircallContactCenter.create(AircallClient.create(AircallConfig.builder()
                            .apiId(Secret.of("not-yet")).apiToken(Secret.of("not-yet")).baseUrl(NOWHERE).build())))
                    .build();

            ChangePlan plan = offline.planOffline(Plans.integration(0));

            assertThat(plan.offline()).isTrue();
            assertThat(plan.render(PlanFormat.MARKDOWN)).startsWith("# Trunkline apply plan for")
                    .contains("Offline plan made at").contains("## Manual steps")
                    .contains("Add the Synthflow SIP destination in Aircall").contains("(not read: offline plan)");
        }
    }
}
