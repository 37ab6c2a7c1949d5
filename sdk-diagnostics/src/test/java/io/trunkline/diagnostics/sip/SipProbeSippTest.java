package io.trunkline.diagnostics.sip;

import io.trunkline.core.finding.SipStatus;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.testing.RequiredTool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes a real SIP stack: SIPp as a UAS on loopback. Without SIPp these tests fail under
 * {@code CI=true} and are skipped loudly elsewhere (see {@link RequiredTool}).
 */
class SipProbeSippTest {

    private static final SipProbe PROBE = SipProbe.builder()
            .timeouts(SipTimeouts.builder().t1(Duration.ofMillis(100)).transactionTimeout(Duration.ofSeconds(5)).build())
            .build();

    @TempDir
    Path workDir;

    private Path sipp;
    private SippUas uas;

    @BeforeEach
    void requireSipp() {
        sipp = RequiredTool.SIPP.locate(System.getenv());
    }

    @AfterEach
    void stopSipp() {
        if (uas != null) {
            uas.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Transport.class, names = {"UDP", "TCP"})
    void reportsReachableWhenSippAnswers200(Transport transport) throws Exception {
        uas = SippUas.start(sipp, "options-200", transport, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), transport);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeOutcome.REACHABLE);
        assertThat(result.status()).contains(new SipStatus(200, "OK"));
        assertThat(result.server()).contains("SIPp UAS (trunkline test)");
        assertThat(result.roundTrip()).hasValueSatisfying(rtt -> assertThat(rtt).isPositive());
        assertThat(result.summary()).startsWith("sip:127.0.0.1:" + uas.port() + ";transport="
                + transport.uriParameter() + " answered 200 OK in ");
        // SIPp only counts the call successful if our request parsed and matched its scenario.
        assertThat(uas.completedSuccessfully(Duration.ofSeconds(5))).as(uas.output()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Transport.class, names = {"UDP", "TCP"})
    void waitsPastA100TryingForTheFinal486(Transport transport) throws Exception {
        uas = SippUas.start(sipp, "options-100-486", transport, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), transport);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeOutcome.SIP_ERROR);
        assertThat(result.status()).contains(new SipStatus(486, "Busy Here"));
        assertThat(result.server()).contains("SIPp busy UAS");
        assertThat(result.summary()).contains("answered 486 Busy Here").endsWith("the destination is busy");
    }

    @Test
    void explainsA503FromSipp() throws IOException {
        uas = SippUas.start(sipp, "options-503", Transport.UDP, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), Transport.UDP);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeOutcome.SIP_ERROR);
        assertThat(result.status()).contains(new SipStatus(503, "Service Unavailable"));
        assertThat(result.summary()).endsWith("the peer is overloaded, in maintenance or has no route for the"
                + " request: retry later");
        assertThat(result.outcome().sipPeerAnswered()).isTrue();
    }
}
