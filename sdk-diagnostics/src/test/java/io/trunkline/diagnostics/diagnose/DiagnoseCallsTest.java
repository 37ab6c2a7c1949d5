package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.Severity;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.diagnostics.GuidePlans;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Diagnose explains Synthflow call records: disconnect reasons and {@code Telephony - <code> - <text>} errors. */
class DiagnoseCallsTest {

    private final IntegrationPlan plan = GuidePlans.ipAllowlist().build();

    private Diagnose.Findings diagnose(AgentPlatform.CallRecord... calls) {
        return TelCaveat.apart(Diagnose.plan(plan).calls(List.of(calls)).run());
    }

    private static AgentPlatform.CallRecord failed(String errorMessage) {
        return AgentPlatform.CallRecord.builder("ebe4bd96-dcb1-4abd-9aa5-686877dab061").status("failed").endReason("error")
                .errorMessage(errorMessage).telephonyDisconnectReason("error").telephonyHangup("callee")
                .typeOfCall("inbound").build();
    }

    static Stream<Arguments> telephonyErrors() {
        return Stream.of(
                Arguments.of("Telephony - 400 - Bad Request", DiagnosticCode.TELEPHONY_400_BAD_REQUEST, "E.164"),
                Arguments.of("Telephony - 401 - Unauthorized", DiagnosticCode.TELEPHONY_401_UNAUTHORIZED, "trunk credentials"),
                Arguments.of("Telephony - 403 - Caller ID is unauthorized. Use a verified number",
                        DiagnosticCode.TELEPHONY_403_FORBIDDEN, "verified caller ID"),
                Arguments.of("Telephony - 404 - Not Found", DiagnosticCode.TELEPHONY_404_NOT_FOUND, "viaLine"),
                Arguments.of("Telephony - 407 - Proxy Authentication Required",
                        DiagnosticCode.TELEPHONY_407_PROXY_AUTHENTICATION_REQUIRED, "outbound proxy"),
                Arguments.of("Telephony - 408 - Request Timeout", DiagnosticCode.TELEPHONY_408_REQUEST_TIMEOUT, "transfer timeout"),
                Arguments.of("Telephony - 480 - Temporarily Unavailable",
                        DiagnosticCode.TELEPHONY_480_TEMPORARILY_UNAVAILABLE, "registration"),
                Arguments.of("Telephony - 486 - Busy Here", DiagnosticCode.TELEPHONY_486_BUSY_HERE, "Ring even if busy"),
                Arguments.of("Telephony - 488 - Not Acceptable Here", DiagnosticCode.TELEPHONY_488_NOT_ACCEPTABLE_HERE, "G.711"),
                Arguments.of("Telephony - 503 - Service Unavailable", DiagnosticCode.TELEPHONY_503_SERVICE_UNAVAILABLE, "retry later"),
                Arguments.of("Telephony - 603 - Decline", DiagnosticCode.TELEPHONY_603_DECLINE, "account and plan are active"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("telephonyErrors")
    void eachTelephonyErrorMapsToItsCodeCauseAndFix(String message, DiagnosticCode code, String fixFragment) {
        Diagnose.Findings findings = diagnose(failed(message));

        // the specific telephony error explains the call; the generic disconnect reason is not repeated
        assertThat(findings.codes()).containsExactly(code);
        Diagnostic finding = findings.all().get(0);
        assertThat(finding.message()).contains("call 'ebe4bd96-dcb1-4abd-9aa5-686877dab061' ('inbound')")
                .contains("error message '" + message + "'").contains("disconnect reason 'error'");
        assertThat(finding.cause()).isNotBlank().doesNotContain("{leg}");
        assertThat(finding.fix()).contains(fixFragment);
    }

    @Test
    void anInboundCallsTelephonyErrorIsBlamedOnTheTransferThroughTheTerminationUri() {
        Diagnostic finding = diagnose(failed("Telephony - 404 - Not Found")).all().get(0);

        assertThat(finding.cause()).startsWith("the peer does not know the number or user the transfer INVITE"
                + " Synthflow sent back to Aircall (termination URI 'sip:aircall-pbx.example.com') asked for");
    }

    @Test
    void operationalErrorsAreWarningsAndConfigurationErrorsAreErrors() {
        assertThat(diagnose(failed("Telephony - 486 - Busy Here")).all().get(0).severity())
                .isEqualTo(Severity.WARNING);
        assertThat(diagnose(failed("Telephony - 401 - Unauthorized")).all().get(0).severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void synthflowsInvalidPhoneNumberIsA400() {
        assertThat(diagnose(failed("Invalid phone number")).codes()).containsExactly(DiagnosticCode.TELEPHONY_400_BAD_REQUEST);
    }

    @Test
    void anUnlistedSipCodeFallsBackToItsClassMeaning() {
        Diagnostic finding = diagnose(failed("telephony - 500 - Server Internal Error")).all().get(0);

        assertThat(finding.code()).isEqualTo(DiagnosticCode.TELEPHONY_OTHER);
        assertThat(finding.cause()).contains("SIP 500").contains("failed internally");
    }

    @Test
    void aForbiddenDisconnectWithoutMessagePointsAtAuthentication() {
        AgentPlatform.CallRecord call = AgentPlatform.CallRecord.builder("c-1").status("failed").telephonyDisconnectReason("forbidden")
                .typeOfCall("inbound").build();

        Diagnostic finding = diagnose(call).find(DiagnosticCode.CALL_DISCONNECTED_FORBIDDEN).orElseThrow();

        assertThat(finding.message()).isEqualTo("call 'c-1' ('inbound'): disconnect reason 'forbidden', status 'failed'");
        assertThat(finding.fix()).contains("allowlist").contains("caller ID");
    }

    @Test
    void anErrorDisconnectWithoutMessagePointsAtTheCallLadder() {
        AgentPlatform.CallRecord call = AgentPlatform.CallRecord.builder("c-2").telephonyDisconnectReason("error").build();

        assertThat(diagnose(call).find(DiagnosticCode.CALL_DISCONNECTED_ERROR).orElseThrow().fix())
                .contains("SIP call ladder").contains("10000-60000");
    }

    @Test
    void anotherErrorMessageIsAFailedCallQuotingIt() {
        AgentPlatform.CallRecord call = AgentPlatform.CallRecord.builder("c-3").status("failed").errorMessage("Assistant has no prompt\r\n").build();

        Diagnostic finding = diagnose(call).find(DiagnosticCode.CALL_FAILED).orElseThrow();

        assertThat(finding.cause()).isEqualTo("Synthflow reports: 'Assistant has no prompt'");
        assertThat(finding.message()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void completedCallsHaveNoFindings() {
        AgentPlatform.CallRecord ok = AgentPlatform.CallRecord.builder("c-4").status("completed").endReason("agent_ended_call").errorMessage("")
                .telephonyDisconnectReason("callee_hangup").telephonyHangup("callee").typeOfCall("inbound").build();

        assertThat(diagnose(ok).all()).isEmpty();
    }
}
