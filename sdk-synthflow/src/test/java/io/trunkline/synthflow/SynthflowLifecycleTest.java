package io.trunkline.synthflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.core.model.Secret;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lifecycle engine driving {@link SynthflowAgentPlatform} against a stateful WireMock stand-in
 * of Synthflow: plan → apply → re-plan (no writes) → verify → drift → destroy, plus the failures
 * that matter (a lost import answer, a registration that never settles) and secret hygiene.
 */
class SynthflowLifecycleTest {

    static final String API_KEY = "sf-live-key-0d9e8f7a";
    static final String SLUG = "33123456789";

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    final FakeSynthflow synthflow = new FakeSynthflow(clock, TestPlans.ASSISTANT_ID);

    @RegisterExtension
    final WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(synthflow))
            .build();

    final StateStore store = StateStore.inMemory();
    IntegrationEngine engine;
    final IntegrationPlan integration = TestPlans.credentials().build();

    @BeforeEach
    void wireEngine() {
        wm.stubFor(any(urlPathMatching("/v2/.*")).willReturn(aResponse()));
        SynthflowClient client = SynthflowClient.create(SynthflowConfig.builder()
                .apiKey(Secret.of(API_KEY))
                .workspaceId(PlatformTestBase.WORKSPACE)
                .baseUrl(wm.baseUrl() + "/v2")
                .http(http -> http.clock(clock).sleeper(clock::sleep).jitterSeed(3))
                .build());
        engine = IntegrationEngine.builder()
                // the stand-in echoes a LIVE_TRANSFER's settings, as SF-LIVE-TRANSFER-READBACK assumes
                .agentPlatform(SynthflowAgentPlatform.create(client, PlatformTestBase.readBackConfirmed()))
                .contactCenter(new FakeAircall())
                .stateStore(store)
                .clock(clock)
                .sleeper(clock::sleep)
                .build();
    }

    @Test
    void plansAppliesVerifiesDetectsDriftAndDestroysAgainstSynthflow() {
        ChangePlan first = engine.plan(integration);
        assertThat(first.changes()).extracting(Change::id, Change::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sip-number", Change.Action.CREATE),
                org.assertj.core.groups.Tuple.tuple("assistant-binding", Change.Action.UPDATE),
                org.assertj.core.groups.Tuple.tuple("transfer-action[Transfer to Aircall team 678]", Change.Action.CREATE),
                org.assertj.core.groups.Tuple.tuple("transfer-attach[Transfer to Aircall team 678]", Change.Action.CREATE));
        assertThat(writes()).isEmpty();

        ApplyResult applied = engine.apply(first, ApplyListener.NONE);

        assertThat(applied.complete()).isTrue();
        assertThat(synthflow.hasNumber(SLUG)).isTrue();
        assertThat(synthflow.inboundNumber()).isEqualTo("+33123456789");
        assertThat(synthflow.attachedActions()).containsExactly("act-1");

        // re-plan: everything Synthflow returns matches what was written, so nothing is left to do
        wm.resetRequests();
        ChangePlan second = engine.plan(integration);
        assertThat(second.hasChanges()).isFalse();
        engine.apply(second, ApplyListener.NONE);
        assertThat(writes()).isEmpty();

        VerificationReport report = engine.verify(integration);
        assertThat(report.readyForTestCall()).as(report.toString()).isTrue();
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);

        // drift: someone edits the SIP domain in the dashboard
        synthflow.editNumber(SLUG, "sip_term_uri", "sip:elsewhere.example.com");
        ChangePlan drift = engine.plan(integration);
        List<Change> changed = drift.changes().stream().filter(c -> c.action() != Change.Action.NO_OP).toList();
        assertThat(changed).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("sip-number");
            assertThat(change.action()).isEqualTo(Change.Action.UPDATE);
            assertThat(change.fields()).containsExactly(Change.FieldChange.of("terminationUri", "sip:elsewhere.example.com",
                    "sip:aircall-pbx.example.com;transport=tls"));
        });

        wm.resetRequests();
        engine.apply(drift, ApplyListener.NONE);
        assertThat(writes()).extracting(LoggedRequest::getMethod).extracting(Object::toString).containsExactly("PATCH");
        assertThat(engine.plan(integration).hasChanges()).isFalse();

        ChangePlan destroy = engine.planDestroy(integration);
        assertThat(destroy.changes()).extracting(Change::action).containsExactly(Change.Action.DELETE,
                Change.Action.DELETE, Change.Action.DELETE);
        engine.apply(destroy, ApplyListener.NONE);

        assertThat(synthflow.hasNumber(SLUG)).isFalse();
        assertThat(synthflow.actionCount()).isZero();
        assertThat(synthflow.attachedActions()).isEmpty();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/actions/detach")));
        wm.verify(1, deleteRequestedFor(urlPathEqualTo("/v2/actions/act-1")));
        wm.verify(1, deleteRequestedFor(urlPathEqualTo("/v2/numbers/" + SLUG)));
    }

    @Test
    void aLostImportAnswerIsRecoveredByConvergeWithoutImportingTwice() {
        synthflow.failNextImportAfterStoring = true;

        assertThatThrownBy(() -> engine.apply(engine.plan(integration), ApplyListener.NONE))
                .isInstanceOf(ApplyFailedException.class)
                .hasMessageContaining("sip-number")
                .hasRootCauseInstanceOf(VendorApiException.class);
        assertThat(synthflow.hasNumber(SLUG)).isTrue();

        ApplyResult converged = engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(converged.complete()).isTrue();
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/custom-numbers")));
        assertThat(engine.plan(integration).hasChanges()).isFalse();
        // the number counts as Trunkline's: destroy removes it
        assertThat(engine.planDestroy(integration).changes()).filteredOn(c -> c.id().equals("sip-number"))
                .extracting(Change::action).containsExactly(Change.Action.DELETE);
    }

    @Test
    void verifyWaitsOnTheFakeClockUntilTheNumberShowsTheAssistant() {
        engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        wm.resetRequests();
        Instant start = clock.instant();

        VerificationReport report = engine.verify(integration);

        VerificationReport.Check registration = report.check("attachment");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(registration.reason()).contains(TestPlans.ASSISTANT_ID);
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(100));
        List<String> answers = wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("GET")
                        && e.getRequest().getUrl().startsWith("/v2/numbers/" + SLUG))
                .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(e -> e.getResponse().getBodyAsString()).toList();
        assertThat(answers.get(0)).contains("\"assistants\":[]").contains("\"is_available\":true");
        assertThat(answers.get(answers.size() - 1)).contains("\"assistants\":[\"" + TestPlans.ASSISTANT_ID + "\"]");
        assertThat(answers.size()).isGreaterThan(2);
    }

    @Test
    void verifyReportsAnAttachmentThatNeverShowsAsFailedAtTheDeadline() {
        synthflow.registrationDelay = null;
        engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        Instant start = clock.instant();

        VerificationReport report = engine.verify(integration, new VerifyOptions(Duration.ofMinutes(3),
                Duration.ofSeconds(10), VerifyOptions.Listener.NONE));

        VerificationReport.Check registration = report.check("attachment");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(registration.reason()).contains("still pending").contains("1-2 minutes");
        assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(report.failures()).extracting(VerificationReport.Check::name).containsExactly("attachment");
    }

    @Test
    void neitherTheTrunkPasswordNorTheApiKeyAppearInPlansErrorsOrToString() {
        ChangePlan plan = engine.plan(integration);
        for (PlanFormat format : PlanFormat.values()) {
            assertThat(plan.render(format)).doesNotContain(TestPlans.SIP_PASSWORD).doesNotContain(API_KEY);
        }
        assertThat(plan.render(PlanFormat.TEXT)).contains(Secret.MASK);

        synthflow.failNextImportAfterStoring = true;
        ApplyFailedException failure = (ApplyFailedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> engine.apply(plan, ApplyListener.NONE));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TestPlans.SIP_PASSWORD).doesNotContain(API_KEY);
            assertThat(t.toString()).doesNotContain(TestPlans.SIP_PASSWORD).doesNotContain(API_KEY);
        }
        assertThat(plan.toString() + integration + engine + failure.partialResult())
                .doesNotContain(TestPlans.SIP_PASSWORD).doesNotContain(API_KEY);
        // the password did go to Synthflow, in the import body only
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/v2/custom-numbers"))).get(0).getBodyAsString())
                .contains(TestPlans.SIP_PASSWORD);
    }

    private List<LoggedRequest> writes() {
        return wm.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> !r.getMethod().getName().equals("GET"))
                .toList();
    }
}
