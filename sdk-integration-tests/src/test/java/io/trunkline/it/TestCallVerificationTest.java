package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.TestCall;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.diagnostics.diagnose.Diagnose;
import io.trunkline.testkit.AircallCall;
import io.trunkline.testkit.SynthflowCall;
import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Verify with a test call, end to end through both adapters and both simulators: the call records
 * a person's call would leave on each side decide whether SIP registration is proven.
 */
@ParameterizedClass
@EnumSource(VendorProfile.class)
class TestCallVerificationTest {

    private static final PhoneNumber CALLER = PhoneNumber.parse("+14155550100");

    @Parameter
    VendorProfile profile;

    private static Vendors vendors;

    private final IntegrationPlan integration = Plans.integration(0);
    private IntegrationEngine engine;
    private Instant dialled;

    @BeforeParameterizedClassInvocation
    static void start(VendorProfile profile) {
        vendors = new Vendors(1, profile);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        vendors.close();
    }

    @BeforeEach
    void converge() {
        vendors.reset();
        engine = Sdk.against(vendors).build().engine;
        assertThat(new Lifecycle(engine, integration, 1).converge().complete()).isTrue();
        // a little history before the test call, which the window must leave out
        placeCall(vendors.clock.instant(), SynthflowCall.builder(Vendors.assistantId(0)).callId("sf-earlier")
                .errorMessage("Telephony - 401 - Unauthorized").status("failed"));
        vendors.clock.advance(Duration.ofMinutes(5));
        dialled = vendors.clock.instant();
    }

    /** Records the call on both sides as the vendors would: Aircall's line, then Synthflow's inbound leg. */
    private long placeCall(Instant at, SynthflowCall.Builder synthflowSide) {
        AircallCall aircall = vendors.aircall.addCall(AircallCall.builder(at).numberId(Vendors.lineId(0))
                .rawDigits("+1 415-555-0100").answeredAt(at.plusSeconds(2)).endedAt(at.plusSeconds(95)).build());
        vendors.synthflow.addCall(synthflowSide.typeOfCall("inbound").phoneNumberFrom(CALLER.e164())
                .phoneNumberTo(Vendors.did(0).e164()).startTime(at.plusSeconds(1)).build());
        return aircall.id();
    }

    private static SynthflowCall.Builder completed(String callId) {
        return SynthflowCall.builder(Vendors.assistantId(0)).callId(callId).status("completed")
                .endCallReason("human_ended_call").telephonyHangup("caller").telephonyDisconnectReason("caller_hangup");
    }

    private VerificationReport verifyTestCall() {
        vendors.clock.advance(Duration.ofMinutes(2));
        return engine.verify(integration, Lifecycle.VERIFY.testCall(
                TestCall.placedBetween(dialled, vendors.clock.instant()).caller(CALLER)));
    }

    @Test
    void aTestCallThatReachedTheAssistantProvesRegistration() {
        long aircallId = placeCall(dialled.plusSeconds(10), completed("sf-ok"));

        VerificationReport report = verifyTestCall();

        VerificationReport.Check registration = report.check("registration");
        assertThat(registration.status()).as(report.toString()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(registration.reason()).isEqualTo("a test call reached the assistant: Aircall call " + aircallId
                + ", Synthflow call sf-ok");
        assertThat(report.check("test-call:aircall").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }

    @Test
    void aTelephonyErrorFailsRegistrationWithTheTrunkCredentialsFinding() {
        placeCall(dialled.plusSeconds(10), SynthflowCall.builder(Vendors.assistantId(0)).callId("sf-401")
                .status("failed").endCallReason("error").errorMessage("Telephony - 401 - Unauthorized"));
        Diagnostic credentials = Diagnose.plan(integration)
                .calls(List.of(AgentPlatform.CallRecord.builder("sf-401").errorMessage("Telephony - 401 - Unauthorized").build()))
                .run().find(DiagnosticCode.TELEPHONY_401_UNAUTHORIZED).orElseThrow();

        VerificationReport report = verifyTestCall();

        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("registration").reason()).contains("Synthflow call sf-401");
        VerificationReport.Check ai = report.check("test-call:ai");
        assertThat(ai.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(ai.reason()).contains("TELEPHONY_401_UNAUTHORIZED").contains(credentials.fix())
                .contains("Telephony - 401 - Unauthorized");
    }

    @Test
    void withoutATestCallInTheWindowRegistrationStaysNotVerifiable() {
        VerificationReport report = verifyTestCall();

        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(report.check("registration").reason()).contains("no test call reached the assistant");
        assertThat(report.check("test-call:aircall").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(report.check("test-call:ai").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
    }

    @Test
    void reportsWhereTheTestCallWasTransferred() {
        Instant at = dialled.plusSeconds(10);
        vendors.aircall.addCall(AircallCall.builder(at).numberId(Vendors.lineId(0)).answeredAt(at.plusSeconds(2))
                .endedAt(at.plusSeconds(95)).transferredTo(Vendors.USER_ID).build());
        vendors.synthflow.addCall(completed("sf-transfer").startTime(at.plusSeconds(1)).phoneNumberFrom(CALLER.e164())
                .executedActions(Map.of("LIVE_TRANSFER", Map.of("phone", Vendors.USER_LINE))).build());

        VerificationReport report = verifyTestCall();

        VerificationReport.Check transfer = report.check("test-call:transfer");
        assertThat(transfer.status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(transfer.reason()).contains("Aircall: to Camille Martin")
                .contains("LIVE_TRANSFER to " + Vendors.USER_LINE);
        assertThat(report.check("registration").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
    }
}
