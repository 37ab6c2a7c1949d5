package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.TransferTarget;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRenderingTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan withCredentials = GuidePlans.credentialsAfterHours()
            .transferTargets(List.of(TransferTarget.line(5678).build())).build();
    private final VerifyOptions quickVerify = new VerifyOptions(Duration.ofSeconds(1), Duration.ofSeconds(1),
            VerifyOptions.Listener.NONE);

    /** The first change succeeded, the second failed, and apply stopped before the rest. */
    private ApplyResult stoppedAfterAFailure() {
        ChangePlan plan = fx.engine.plan(withCredentials);
        List<Change> changes = plan.changes();
        return new ApplyResult(plan, List.of(
                new ApplyResult.StepOutcome(changes.get(0), ApplyResult.StepOutcome.Status.SUCCEEDED, Duration.ofMillis(120), changes.get(0).summary()),
                new ApplyResult.StepOutcome(changes.get(1), ApplyResult.StepOutcome.Status.FAILED, Duration.ofMillis(1500),
                        "Synthflow attach number failed: HTTP 500 with an empty error body")));
    }

    @Test
    void anApplyResultPrintsAsAOneLineSummaryNotARecordDump() {
        ApplyResult result = stoppedAfterAFailure();

        assertThat(result).hasToString("Apply of +33123456789: incomplete (1 succeeded, 1 failed, 4 not run)");
        assertThat(result.outcomes().get(0)).hasToString(
                "sip-number: succeeded in 120 ms — import +33123456789 as a custom SIP number");
        assertThat(result.outcomes().get(1).toString())
                .isEqualTo("assistant-binding: failed in 1.5 s — Synthflow attach number failed: HTTP 500 with an empty error body");
    }

    @Test
    void theTextRenderingShowsEveryChangeReachedAndTheOnesNotRun() {
        String text = stoppedAfterAFailure().render(PlanFormat.TEXT);

        assertThat(text.lines().toList()).startsWith(
                "Trunkline apply of +33123456789: incomplete (1 succeeded, 1 failed, 4 not run)",
                "  SUCCEEDED sip-number: import +33123456789 as a custom SIP number (120 ms)");
        assertThat(text)
                .contains("  FAILED    assistant-binding: ")
                .contains("\n            Synthflow attach number failed: HTTP 500 with an empty error body\n")
                .contains("  NOT RUN   manual[aircall.smartflow]: ");
    }

    @Test
    void theMarkdownReportHasATableAndAChecklistOfPendingManualSteps() {
        ApplyResult result = fx.engine.converge(withCredentials, ApplyListener.NONE, step -> false);

        assertThat(result.render(PlanFormat.MARKDOWN))
                .startsWith("# Trunkline apply result for +33123456789\n\nIncomplete: 4 succeeded, 2 pending.\n")
                .contains("| 1 | `sip-number` | succeeded | 0 ms | import +33123456789 as a custom SIP number |")
                .contains("## Manual steps awaiting a person\n\n- [ ] Add the SIP destination (`manual[aircall.sip-destination]`)\n"
                        + "- [ ] Forward to Synthflow (`manual[aircall.smartflow]`)\n");
    }

    @Test
    void theApplyJsonFollowsTheDocumentedSchema() {
        String json = stoppedAfterAFailure().render(PlanFormat.JSON);

        assertThat(json)
                .startsWith("{\n  \"schema\": \"trunkline.apply-result/v1\",\n  \"kind\": \"apply\",\n  \"did\": \"+33123456789\",\n"
                        + "  \"planCreatedAt\": \"2026-11-25T10:00:00Z\",\n  \"complete\": false,")
                .contains("\"summary\": {\n    \"succeeded\": 1,\n    \"skipped\": 0,\n    \"confirmed\": 0,\n    \"pending\": 0,\n"
                        + "    \"failed\": 1,\n    \"not-run\": 4\n  }")
                .contains("\"change\": \"assistant-binding\",")
                .contains("\"status\": \"failed\",\n      \"durationMillis\": 1500,")
                .contains("\"notRun\": [\n    \"transfer-action[Transfer to Aircall line 5678]\",");
    }

    @Test
    void aVerificationReportRendersItsVerdictAndEveryCheck() {
        fx.engine.converge(withCredentials, ApplyListener.NONE, step -> false);
        VerificationReport report = fx.engine.verify(withCredentials, quickVerify);

        assertThat(report.render(PlanFormat.TEXT))
                .startsWith("Trunkline verification: not ready (5 passed, 2 pending, 1 not-verifiable)\n")
                .contains("  PENDING        manual:aircall.smartflow       not confirmed yet: Forward to Synthflow")
                .contains("  NOT_VERIFIABLE registration                   no API shows");
        assertThat(report.render(PlanFormat.MARKDOWN))
                .startsWith("# Trunkline verification\n\nnot ready (5 passed, 2 pending, 1 not-verifiable).\n")
                .contains("| `registration` | not-verifiable | no API shows");
        assertThat(report.render(PlanFormat.JSON))
                .startsWith("{\n  \"schema\": \"trunkline.verification/v1\",\n  \"verified\": false,\n  \"readyForTestCall\": false,")
                .contains("\"summary\": {\n    \"passed\": 5,\n    \"failed\": 0,\n    \"pending\": 2,\n    \"not-verifiable\": 1\n  }")
                .contains("{\n      \"name\": \"attachment\",\n      \"status\": \"passed\",");
    }

    @Test
    void aBatchRendersEachIntegrationWithItsSummaryOrItsError() {
        IntegrationPlan sameAssistant = GuidePlans.ipAllowlist().did("+33123456780").build();

        BatchResult batch = fx.engine.applyAll(List.of(withCredentials, sameAssistant), 1, ApplyListener.NONE, step -> true);

        assertThat(batch.render(PlanFormat.TEXT).lines().toList()).startsWith(
                "Trunkline batch of 2: 1 converged, 1 failed",
                "  CONVERGED      +33 1 23 45 67 89: 4 succeeded, 2 confirmed");
        assertThat(batch.render(PlanFormat.TEXT)).contains("  FAILED         +33123456780: cannot plan the integration:\n"
                + "                 - ASSISTANT_SHARED_IN_BATCH: assistant ");
        assertThat(batch.render(PlanFormat.MARKDOWN)).contains("| +33 1 23 45 67 89 | converged | 4 succeeded, 2 confirmed |");
        assertThat(batch.render(PlanFormat.JSON))
                .startsWith("{\n  \"schema\": \"trunkline.batch-result/v1\",\n  \"summary\": {\n    \"converged\": 1,")
                .contains("\"status\": \"failed\",\n      \"error\": \"cannot plan the integration:\\n- ASSISTANT_SHARED_IN_BATCH: assistant ")
                .contains("\"result\": {\n        \"kind\": \"apply\",");
        assertThat(batch).hasToString(batch.render(PlanFormat.TEXT));
    }

    @Test
    void noResultRenderingContainsTheSipPasswordInAnyForm() {
        ApplyResult result = fx.engine.converge(withCredentials, ApplyListener.NONE, step -> true);
        VerificationReport report = fx.engine.verify(withCredentials, quickVerify);
        BatchResult batch = fx.engine.applyAll(List.of(withCredentials), 1, ApplyListener.NONE, step -> true);
        String password = GuidePlans.SIP_PASSWORD;

        for (PlanFormat format : PlanFormat.values()) {
            for (String rendering : List.of(result.render(format), report.render(format), batch.render(format))) {
                assertThat(rendering).as(format.name()).doesNotContain(password)
                        .doesNotContain(Base64.getEncoder().encodeToString(password.getBytes()));
            }
        }
        assertThat(result.toString() + result.outcomes()).doesNotContain(password);
    }
}
