package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.finding.CallFindings;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verify with a test call: what each call log shows, and what that proves about registration. */
class TestCallVerifyTest {

    private static final Instant DIALLED = EngineFixture.START.plus(Duration.ofMinutes(5));
    private static final PhoneNumber CALLER = PhoneNumber.parse("+14155550100");

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan integration = EngineFixture.plan();
    private final VerifyOptions base = new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(10),
            VerifyOptions.Listener.NONE);
    private final TestCall testCall = TestCall.placedBetween(DIALLED, DIALLED.plus(Duration.ofMinutes(2))).caller(CALLER);

    @BeforeEach
    void converge() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
    }

    private static ContactCenter.InboundCall aircallCall(ContactCenter.InboundCall.Outcome outcome, String transferredTo) {
        return new ContactCenter.InboundCall("812345678", DIALLED.plusSeconds(5), outcome, null, transferredTo);
    }

    private static AgentPlatform.CallRecord.Builder synthflowCall() {
        return AgentPlatform.CallRecord.builder("ebe4bd96-dcb1").typeOfCall("inbound").status("completed")
                .endReason("human_ended_call").errorMessage("").telephonyDisconnectReason("caller_hangup");
    }

    private VerificationReport verify() {
        return fx.engine.verify(integration, base.testCall(testCall));
    }

    @Test
    void aTestCallThatReachedTheAssistantCleanlyProvesRegistration() {
        fx.contactCenter.call(GuidePlans.DID, aircallCall(ContactCenter.InboundCall.Outcome.ANSWERED, null));
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(synthflowCall().build(), DIALLED.plusSeconds(6), List.of()));

        VerificationReport report = verify();

        VerificationReport.Check registration = report.check("registration");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(registration.reason())
                .isEqualTo("a test call reached the assistant: Aircall call 812345678, Synthflow call ebe4bd96-dcb1");
        assertThat(report.check("test-call:aircall").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.check("test-call:aircall").reason()).contains("812345678").contains("was answered");
        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.check("test-call:ai").reason()).contains("reached assistant " + GuidePlans.ASSISTANT_ID);
        CallWindow searched = new CallWindow(integration.phoneNumber(), DIALLED, DIALLED.plus(Duration.ofMinutes(2)), CALLER);
        assertThat(fx.platform.callSearches).containsExactly(searched);
        assertThat(fx.contactCenter.callSearches).containsExactly(searched);
    }

    @Test
    void aTelephonyErrorFailsTheCallAndRegistrationWithTheDiagnoseFinding() {
        AgentPlatform.CallRecord failed = synthflowCall().status("failed").endReason("error")
                .errorMessage("Telephony - 401 - Unauthorized").telephonyDisconnectReason("error").build();
        fx.contactCenter.call(GuidePlans.DID, aircallCall(ContactCenter.InboundCall.Outcome.ANSWERED, null));
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(failed, DIALLED.plusSeconds(6), List.of()));
        // The call findings Diagnose shows too (trunkline-diagnostics), so each telephony error is explained once.
        DiagnosticList explained = new DiagnosticList();
        CallFindings.check(integration, List.of(failed), explained);
        Diagnostic finding = explained.all().stream()
                .filter(f -> f.code() == DiagnosticCode.TELEPHONY_401_UNAUTHORIZED).findFirst().orElseThrow();

        VerificationReport report = verify();

        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("test-call:ai").reason()).contains(VerificationReport.Check.oneLine(finding))
                .contains("check the trunk credentials");
        assertThat(report.check("test-call:ai").diagnostic()).contains(finding);
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("registration").reason()).contains("Synthflow call ebe4bd96-dcb1")
                .contains("TELEPHONY_401_UNAUTHORIZED");
        assertThat(report.check("registration").diagnostic()).contains(finding);
        assertThat(report.readyForTestCall()).isFalse();
    }

    @Test
    void withoutACallInTheWindowRegistrationStaysNotVerifiable() {
        fx.platform.call(GuidePlans.ASSISTANT_ID,
                new AgentPlatform.AssistantCall(synthflowCall().build(), DIALLED.minusSeconds(1), List.of()));

        VerificationReport report = verify();

        VerificationReport.Check registration = report.check("registration");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(registration.reason()).startsWith("no test call reached the assistant between " + DIALLED)
                .contains("no API shows whether the SIP trunk registered");
        assertThat(report.check("test-call:aircall").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("test-call:ai").reason()).contains("did not reach the assistant").contains("from " + CALLER);
        assertThat(report.checks()).extracting(VerificationReport.Check::name).doesNotContain("test-call:transfer");
    }

    @Test
    void reportsWhereTheCallWasTransferredFromBothCallLogs() {
        fx.contactCenter.call(GuidePlans.DID, aircallCall(ContactCenter.InboundCall.Outcome.TRANSFERRED, "Camille Martin"));
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(synthflowCall().build(), DIALLED.plusSeconds(6),
                List.of("LIVE_TRANSFER to +33144556688")));

        VerificationReport report = verify();

        VerificationReport.Check transfer = report.check("test-call:transfer");
        assertThat(transfer.status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(transfer.reason()).isEqualTo("transferred: Aircall: to Camille Martin; "
                + "Synthflow executed LIVE_TRANSFER to +33144556688");
        assertThat(report.check("test-call:aircall").reason()).contains("was transferred to Camille Martin");
        assertThat(report.verified()).as(report.toString()).isTrue();
    }

    @Test
    void aCallThatWasNotTransferredLeavesTheTransferPathUnproven() {
        fx.contactCenter.call(GuidePlans.DID, aircallCall(ContactCenter.InboundCall.Outcome.ANSWERED, null));
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(synthflowCall().build(), DIALLED.plusSeconds(6), List.of()));

        VerificationReport.Check transfer = verify().check("test-call:transfer");

        assertThat(transfer.status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(transfer.reason()).startsWith("not transferred");
    }

    @Test
    void aFailedCallAfterATransferAttemptFailsTheTransfer() {
        AgentPlatform.CallRecord failed = synthflowCall().errorMessage("Telephony - 404 - Not Found").build();
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(failed, DIALLED.plusSeconds(6),
                List.of("LIVE_TRANSFER to +33144556688")));

        VerificationReport report = verify();

        assertThat(report.check("test-call:transfer").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("test-call:ai").reason()).contains("TELEPHONY_404_NOT_FOUND");
    }

    @Test
    void aCallStillInProgressIsPendingAndProvesNothingYet() {
        fx.contactCenter.call(GuidePlans.DID, aircallCall(ContactCenter.InboundCall.Outcome.IN_PROGRESS, null));
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(synthflowCall().status("in-progress").build(),
                DIALLED.plusSeconds(6), List.of()));

        VerificationReport report = verify();

        assertThat(report.check("test-call:aircall").status()).isEqualTo(VerificationReport.Check.Status.PENDING);
        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.PENDING);
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(report.check("registration").reason()).contains("has not ended yet");
    }

    @Test
    void withoutATestCallNoCallLogIsReadAndNoTestCallCheckIsAdded() {
        fx.platform.call(GuidePlans.ASSISTANT_ID, new AgentPlatform.AssistantCall(synthflowCall().build(), DIALLED.plusSeconds(6), List.of()));

        VerificationReport report = fx.engine.verify(integration, base);

        assertThat(fx.platform.callSearches).isEmpty();
        assertThat(fx.contactCenter.callSearches).isEmpty();
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(report.checks()).extracting(VerificationReport.Check::name).noneMatch(n -> n.startsWith("test-call:"));
    }

    @Test
    void optionsKeepTheTestCallWhenTheListenerChanges() {
        VerifyOptions options = VerifyOptions.defaults().testCall(testCall).withListener((s, e, r) -> { });

        assertThat(options.testCall()).contains(testCall);
        assertThat(VerifyOptions.defaults().testCall()).isEmpty();
        assertThat(testCall.caller()).contains(CALLER);
        assertThat(testCall.from()).isEqualTo(DIALLED);
    }

    @Test
    void rejectsATestCallWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> TestCall.placedBetween(DIALLED, DIALLED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends");
    }
}
