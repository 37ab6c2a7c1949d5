package io.trunkline.diagnostics.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import io.trunkline.testsupport.RequiredTool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Probes real SIP stacks on loopback: SIPp as a UAS over UDP and TCP, and Kamailio over TLS with a
 * certificate the test generates (Debian builds SIPp without TLS). Without the tool a test needs it
 * fails under {@code CI=true} and is skipped loudly elsewhere (see {@link RequiredTool}).
 */
class SipProbeSippTest {

    private static final SipProbe.Timeouts PROBE_TIMEOUTS = SipProbe.Timeouts.builder().t1(Duration.ofMillis(100))
            .transactionTimeout(Duration.ofSeconds(5)).build();
    private static final SipProbe PROBE = SipProbe.builder().timeouts(PROBE_TIMEOUTS).build();

    @TempDir
    Path workDir;

    /** One certificate for every TLS test: keytool is a JVM start of its own. */
    @TempDir
    static Path certificateDir;
    private static TestCertificates certificates;

    private SipPeerProcess uas;

    @AfterEach
    void stopSipp() {
        if (uas != null) {
            uas.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Transport.class, names = {"UDP", "TCP"})
    void reportsReachableWhenSippAnswers200(Transport transport) throws Exception {
        uas = SipPeerProcess.sipp(sipp(), "options-200", transport, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), transport);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeResult.Outcome.REACHABLE);
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
        uas = SipPeerProcess.sipp(sipp(), "options-100-486", transport, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), transport);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeResult.Outcome.SIP_ERROR);
        assertThat(result.status()).contains(new SipStatus(486, "Busy Here"));
        assertThat(result.server()).contains("SIPp busy UAS");
        assertThat(result.summary()).contains("answered 486 Busy Here").endsWith("the destination is busy");
    }

    @Test
    void reportsReachableOverTlsWhenKamailioAnswers200WithATrustedCertificate() throws Exception {
        uas = kamailioTls();

        ProbeResult result = SipProbe.builder().timeouts(PROBE_TIMEOUTS).sslContext(certificates.clientContextTrustingIt())
                .build().options("127.0.0.1", uas.port(), Transport.TLS);

        assertThat(result.outcome()).as(result + "\nKamailio said:\n" + uas.output()).isEqualTo(ProbeResult.Outcome.REACHABLE);
        assertThat(result.status()).contains(new SipStatus(200, "OK"));
        assertThat(result.server()).contains("Kamailio TLS UAS (trunkline test)");
        assertThat(result.summary()).startsWith("sip:127.0.0.1:" + uas.port() + ";transport=tls answered 200 OK in ");
    }

    @Test
    void reportsTheFailedHandshakeWhenKamailiosCertificateIsNotTrusted() throws Exception {
        uas = kamailioTls();

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), Transport.TLS); // the JDK's default trust store

        assertThat(result.outcome()).as(result + "\nKamailio said:\n" + uas.output())
                .isEqualTo(ProbeResult.Outcome.TLS_HANDSHAKE_FAILED);
        assertThat(result.summary()).startsWith("TLS handshake with 127.0.0.1:" + uas.port() + " over TLS failed: ");
        assertThat(result.outcome().sipPeerAnswered()).isFalse();
    }

    @Test
    void explainsA503FromSipp() throws IOException {
        uas = SipPeerProcess.sipp(sipp(), "options-503", Transport.UDP, workDir);

        ProbeResult result = PROBE.options("127.0.0.1", uas.port(), Transport.UDP);

        assertThat(result.outcome()).as(result + "\nSIPp said:\n" + uas.output()).isEqualTo(ProbeResult.Outcome.SIP_ERROR);
        assertThat(result.status()).contains(new SipStatus(503, "Service Unavailable"));
        assertThat(result.summary()).endsWith("the peer is overloaded, in maintenance or has no route for the"
                + " request: retry later");
        assertThat(result.outcome().sipPeerAnswered()).isTrue();
    }

    private static Path sipp() {
        return RequiredTool.SIPP.locate(System.getenv());
    }

    /** Kamailio over TLS; a Kamailio without its TLS module counts as missing, with the same rule. */
    private SipPeerProcess kamailioTls() throws Exception {
        Path kamailio = RequiredTool.KAMAILIO.locate(System.getenv());
        if (certificates == null) {
            certificates = TestCertificates.generate(certificateDir, "ip:127.0.0.1,dns:localhost");
        }
        try {
            return SipPeerProcess.kamailioTls(kamailio, certificates, workDir);
        } catch (IllegalStateException e) {
            if (e.getMessage().contains("could not find module <tls>")) {
                RequiredTool.KAMAILIO.unavailable("has no TLS module (tls.so; Debian package kamailio-tls-modules)",
                        System.getenv());
            }
            throw e;
        }
    }
}
