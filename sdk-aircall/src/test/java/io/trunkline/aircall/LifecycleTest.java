package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.PlanningException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lifecycle engine end to end: real Aircall adapter against WireMock, in-memory Synthflow side. */
class LifecycleTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private static final String SIP_DESTINATION = "manual[" + AircallContactCenter.SIP_DESTINATION_STEP + "]";
    private static final String SMARTFLOW = "manual[" + AircallContactCenter.SMARTFLOW_STEP + "]";
    private static final String TRANSFER_LINES = "manual[" + AircallContactCenter.TRANSFER_LINES_STEP + "]";

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final IntegrationPlan integration = TestPlans.happyPath().build();
    private IntegrationEngine engine = engine(AircallWireMock.client(aircall, time));

    private IntegrationEngine engine(AircallClient client) {
        return IntegrationEngine.builder()
                .contactCenter(AircallContactCenter.create(client))
                .agentPlatform(new FakeAgentPlatform(TestPlans.ASSISTANT_ID))
                .clock(PinnedRunbookTest.PLANNED_AT)
                .sleeper(time::sleep)
                .build();
    }

    @BeforeEach
    void company() {
        AircallCompany.stub(aircall);
    }

    private static Map<String, Change.Action> actions(ChangePlan plan) {
        return plan.changes().stream().collect(Collectors.toMap(Change::id, Change::action));
    }

    @Test
    void manualStepsStayPendingUntilConfirmedThenBecomeNoOps() {
        ChangePlan first = engine.plan(integration);
        assertThat(actions(first)).containsEntry(SIP_DESTINATION, Change.Action.MANUAL)
                .containsEntry(SMARTFLOW, Change.Action.MANUAL).containsEntry(TRANSFER_LINES, Change.Action.MANUAL);

        ApplyResult applied = engine.apply(first, ApplyListener.NONE);
        assertThat(applied.complete()).isFalse();
        assertThat(applied.pendingManualSteps()).extracting(Change::id)
                .containsExactly(SIP_DESTINATION, SMARTFLOW, TRANSFER_LINES);
        assertThat(actions(engine.plan(integration))).as("apply alone confirms nothing")
                .containsEntry(SIP_DESTINATION, Change.Action.MANUAL).containsEntry(SMARTFLOW, Change.Action.MANUAL);

        engine.confirmManualStep(integration, AircallContactCenter.SIP_DESTINATION_STEP);
        engine.confirmManualStep(integration, AircallContactCenter.SMARTFLOW_STEP);
        engine.confirmManualStep(integration, AircallContactCenter.TRANSFER_LINES_STEP);

        ChangePlan converged = engine.plan(integration);
        assertThat(converged.changes()).allSatisfy(change -> assertThat(change.action()).isEqualTo(Change.Action.NO_OP));
        assertThat(converged.hasChanges()).isFalse();
    }

    @Test
    void changingTheForwardTimeoutMakesOnlyTheSmartflowConfirmationStale() {
        engine.apply(engine.plan(integration), ApplyListener.NONE, step -> true);
        IntegrationPlan longerTimeout = integration.toBuilder().smartflow(Smartflow.builder()
                .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).timeout(Duration.ofSeconds(45))
                        .fallback(SmartflowStep.ringTeam(678)).build())
                .build()).build();

        ChangePlan replanned = engine.plan(longerTimeout);

        assertThat(actions(replanned)).containsEntry(SMARTFLOW, Change.Action.MANUAL)
                .containsEntry(SIP_DESTINATION, Change.Action.NO_OP).containsEntry(TRANSFER_LINES, Change.Action.NO_OP);
        assertThat(replanned.changes().stream().filter(c -> c.id().equals(SMARTFLOW)).findFirst().orElseThrow()
                .manualStep().fields()).anySatisfy(f -> assertThat(f.value()).isEqualTo("45 seconds"));
    }

    @Test
    void aConfirmerDuringApplyRecordsOnlyTheStepsItConfirms() {
        ApplyResult applied = engine.apply(engine.plan(integration), ApplyListener.NONE,
                step -> step.id().equals(AircallContactCenter.SIP_DESTINATION_STEP));

        assertThat(applied.pendingManualSteps()).extracting(Change::id).containsExactly(SMARTFLOW, TRANSFER_LINES);
        assertThat(actions(engine.plan(integration))).containsEntry(SIP_DESTINATION, Change.Action.NO_OP)
                .containsEntry(SMARTFLOW, Change.Action.MANUAL);
    }

    @Test
    void verifyChecksTheLineAndTheFallbackTeamAndReportsUnconfirmedSteps() {
        engine.apply(engine.plan(integration), ApplyListener.NONE);

        VerificationReport report = engine.verify(integration, VerifyOptions.defaults());

        assertThat(report.check("line").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.check("fallback-team").reason()).isEqualTo("team Support L1 (678) has 2 user(s)");
        assertThat(report.check("manual:" + AircallContactCenter.SMARTFLOW_STEP).status())
                .isEqualTo(VerificationReport.Check.Status.PENDING);
        assertThat(report.verified()).isFalse();
    }

    @Test
    void verifyFailsWhenTheFallbackTeamHasNoUsers() {
        aircall.stubFor(get(urlPathEqualTo("/v1/teams/678")).willReturn(okJson(
                "{ \"team\": { \"id\": 678, \"name\": \"Support L1\", \"users\": [] } }")));
        engine.apply(engine.plan(integration), ApplyListener.NONE, step -> true);

        VerificationReport report = engine.verify(integration, VerifyOptions.defaults());

        assertThat(report.check("fallback-team").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("fallback-team").reason()).contains("has no users");
    }

    @Test
    void planningStopsWhenTheLineIsNotManagedBySmartflows() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson("{ \"numbers\": ["
                + AircallCompany.LINE_1234.replace("\"flow_editor_enabled\": true", "\"flow_editor_enabled\": false")
                + ", " + AircallCompany.LINE_5678 + "], \"meta\": { \"next_page_link\": null } }")));

        assertThatThrownBy(() -> engine.plan(integration)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("line 1234 (+33123456789) is not managed by Smartflows");
    }

    @Test
    void planningStopsWhenTheDidIsNotAnAircallNumber() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(
                "{ \"numbers\": [" + AircallCompany.LINE_5678 + "], \"meta\": { \"next_page_link\": null } }")));

        assertThatThrownBy(() -> engine.plan(integration)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("+33123456789 is not a number of this Aircall company");
    }

    @Test
    void theDestroyPlanStartsWithTheDashboardTeardownInOrder() {
        engine.apply(engine.plan(integration), ApplyListener.NONE, step -> true);

        ChangePlan destroy = engine.planDestroy(integration);

        assertThat(destroy.changes()).extracting(Change::id).startsWith(
                "manual[" + AircallContactCenter.REMOVE_FORWARD_STEP + "]",
                "manual[" + AircallContactCenter.REMOVE_SIP_DESTINATION_STEP + "]");
        // the teardown reads nothing from Aircall (a destroy spends its reads on what it deletes): names by ID
        assertThat(destroy.changes().get(0).manualStep().fields()).anySatisfy(field ->
                assertThat(field.value()).isEqualTo("team ID 678"));
    }

    @Test
    void aPlanStaysWithinTheAircallRateLimit() {
        List<Instant> sent = Collections.synchronizedList(new ArrayList<>());
        OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
            sent.add(time.instant());
            return chain.proceed(chain.request());
        }).build();
        engine = engine(AircallClient.create(AircallWireMock.config(aircall, time).http(http -> http.okHttpClient(recording))
                .rateLimit(1, Duration.ofSeconds(10)).build()));

        engine.plan(integration);

        assertThat(sent).hasSizeGreaterThan(1);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1), sent.get(i)))
                    .as("request %d and the one before it", i).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        assertThat(time.sleeps()).isNotEmpty();
    }
}
