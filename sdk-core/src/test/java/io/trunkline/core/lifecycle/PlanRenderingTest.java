package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.TransferTarget;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRenderingTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan withCredentials = GuidePlans.credentialsAfterHours()
            .transferTargets(List.of(TransferTarget.line(5678).build())).build();

    @Test
    void noRenderingContainsTheSipPasswordInAnyForm() {
        ChangePlan plan = fx.engine.plan(withCredentials);
        String password = GuidePlans.SIP_PASSWORD;

        for (PlanFormat format : PlanFormat.values()) {
            assertThat(plan.render(format)).as(format.name())
                    .doesNotContain(password)
                    .doesNotContain(java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain(Base64.getEncoder().encodeToString(password.getBytes()))
                    .doesNotContain(Base64.getEncoder().encodeToString(("aircall-trunk:" + password).getBytes()));
        }
    }

    @Test
    void theTextRenderingShowsEachChangeWithItsSymbolAndFieldDiff() {
        String text = fx.engine.plan(withCredentials).render(PlanFormat.TEXT);

        assertThat(text)
                .startsWith("Trunkline apply plan for +33123456789 (live state read at 2026-11-25T10:00:00Z)")
                .contains("  + sip-number: SIP number +33123456789 — import +33123456789 as a custom SIP number")
                .contains("      terminationUri: (none) → \"sip:aircall-pbx.example.com;transport=tls\"")
                .contains("      trunkPassword: (none) → \"****\"")
                .contains("  ~ assistant-binding:")
                .contains("  ! manual[aircall.sip-destination]: Add the SIP destination")
                .contains("      Password: ****  (the Synthflow SIP number)")
                .endsWith("Plan: 3 to create, 1 to update, 0 to delete, 2 manual, 0 unchanged.\n");
    }

    @Test
    void theMarkdownRunbookHasATableAndAChecklistPerManualStep() {
        String markdown = fx.engine.plan(withCredentials).render(PlanFormat.MARKDOWN);

        assertThat(markdown)
                .startsWith("# Trunkline apply plan for +33123456789\n")
                .contains("| 1 | `sip-number` | create | SIP number +33123456789 |")
                .contains("### 1. Add the SIP destination")
                .contains("**Where:** Integrations → SIP / External SIP → Add SIP Destination")
                .contains("| Password | `****` | the Synthflow SIP number |")
                .contains("- [ ] Click Save");
    }

    @Test
    void theJsonFollowsTheDocumentedSchema() {
        String json = fx.engine.plan(withCredentials).render(PlanFormat.JSON);

        assertThat(json)
                .startsWith("{\n  \"schema\": \"trunkline.plan/v1\",\n  \"kind\": \"apply\",\n  \"did\": \"+33123456789\",")
                .contains("\"createdAt\": \"2026-11-25T10:00:00Z\"")
                .contains("\"summary\": {\n    \"create\": 3,\n    \"update\": 1,\n    \"no-op\": 0,\n    \"delete\": 0,\n    \"manual\": 2\n  }")
                .contains("\"name\": \"trunkPassword\",\n          \"before\": null,\n          \"after\": \"****\",\n          \"sensitive\": true")
                .contains("\"dependsOn\": [\n        \"sip-number\"\n      ]")
                .contains("\"fingerprint\": ");
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        IntegrationPlan tricky = withCredentials.toBuilder().transferTargets(List.of(TransferTarget.line(5678)
                .instructions("Say \"agent\"\nor\tpress 0 \\ now").build())).build();

        String json = fx.engine.plan(tricky).render(PlanFormat.JSON);

        assertThat(json).contains("\"after\": \"Say \\\"agent\\\"\\nor\\tpress 0 \\\\ now\"");
    }
}
