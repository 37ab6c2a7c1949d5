package io.trunkline.diagnostics.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SipProbe.Timeouts, SipStatus, ProbeTarget and ProbeResult as values. */
class SipValueTypesTest {

    @Test
    void defaultsToRfc3261Timers() {
        assertThat(SipProbe.Timeouts.defaults())
                .isEqualTo(new SipProbe.Timeouts(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(32)));
    }

    @Test
    void derivesTimerFFromT1UnlessSet() {
        assertThat(SipProbe.Timeouts.builder().t1(Duration.ofMillis(100)).build().transactionTimeout())
                .isEqualTo(Duration.ofMillis(6400));
        assertThat(SipProbe.Timeouts.builder().t1(Duration.ofMillis(100)).transactionTimeout(Duration.ofSeconds(2)).build()
                .transactionTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void reportsEveryTimerProblemAtOnce() {
        assertThatThrownBy(() -> SipProbe.Timeouts.builder().t1(Duration.ofSeconds(5)).t2(Duration.ofSeconds(1))
                .transactionTimeout(Duration.ZERO).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "SIP timer transactionTimeout must be at least 1 ms but is PT0S",
                        "SIP timer t2 (1000 ms) must not be below t1 (5000 ms)"));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 407, 408, 480, 486, 488, 500, 503, 603})
    void explainsEachCommonStatusSpecifically(int code) {
        String specific = new SipStatus(code, "").meaning();

        assertThat(specific).isNotEqualTo(new SipStatus(code / 100 * 100 + 99, "").meaning());
    }

    @Test
    void fallsBackToTheMeaningOfTheStatusClass() {
        assertThat(new SipStatus(302, "Moved Temporarily").meaning()).contains("redirects");
        assertThat(new SipStatus(420, "Bad Extension").meaning()).isEqualTo("the peer rejected the request");
        assertThat(new SipStatus(604, "Does Not Exist Anywhere").meaning()).contains("global failure");
        assertThat(new SipStatus(603, "Decline").meaning()).contains("account is not active");
    }

    @Test
    void rejectsImpossibleStatusCodes() {
        assertThatThrownBy(() -> new SipStatus(99, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SipStatus(700, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SipStatus(200, "OK")).hasToString("200 OK");
    }

    @Test
    void normalisesBracketedIpv6Targets() {
        ProbeTarget target = new ProbeTarget("[2001:db8::1]", 5061, Transport.TLS);

        assertThat(target.host()).isEqualTo("2001:db8::1");
        assertThat(target.requestUri()).isEqualTo("sip:[2001:db8::1]:5061;transport=tls");
        assertThat(target).hasToString("[2001:db8::1]:5061 over TLS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sip.example.com;transport=tcp", "user@host", "a b", "-bad.example", "sip:host"})
    void rejectsTargetsThatAreNotHosts(String host) {
        assertThatThrownBy(() -> new ProbeTarget(host, 5060, Transport.UDP))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not a host name or IP address");
    }

    @Test
    void refusesToReportAProvisionalResponseAsAnAnswer() {
        ProbeTarget target = new ProbeTarget("sip.synthflow.ai", 32681, Transport.UDP);

        assertThatThrownBy(() -> ProbeResult.answered(target, new SipStatus(180, "Ringing"), Duration.ZERO, "", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summarisesEachOutcomeWithANextStep() {
        ProbeTarget tls = new ProbeTarget("sip.synthflow.ai", 32682, Transport.TLS);

        assertThat(ProbeResult.unknownHost(tls).summary()).isEqualTo("cannot resolve host sip.synthflow.ai: check the"
                + " spelling (Synthflow's global SIP host is sip.synthflow.ai) and this machine's DNS");
        assertThat(ProbeResult.refused(tls, 0).summary()).isEqualTo("sip.synthflow.ai:32682 over TLS refused SIP"
                + " (connection refused): nothing listens on TLS port 32682; check the host, port and transport");
        assertThat(ProbeResult.noAnswer(tls, Duration.ofSeconds(32), 0, "").summary()).isEqualTo("no answer from"
                + " sip.synthflow.ai:32682 over TLS within 32 s — a firewall may be dropping SIP on TLS port 32682");
        assertThat(ProbeResult.transportError(tls, 1, "connection reset").outcome())
                .isEqualTo(ProbeResult.Outcome.TRANSPORT_ERROR);
        assertThat(ProbeResult.answered(tls, new SipStatus(200, "OK"), Duration.ofMillis(5), "", 1).server()).isEmpty();
        assertThat(ProbeResult.Outcome.TRANSPORT_ERROR.sipPeerAnswered()).isFalse();
    }
}
