package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.Trunkline;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.sip.ProbeTarget;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class OptionsRequestTest {

    /** Every "random" byte is 0xab, so identifiers are predictable. */
    private static final RandomGenerator FIXED = () -> 0xabL;

    @Test
    void writesEveryRfc3261HeaderInOrder() throws Exception {
        OptionsRequest request = OptionsRequest.create(new ProbeTarget("sip.synthflow.ai", 32682, Transport.TLS),
                InetAddress.getByName("192.0.2.10"), 45000, random());

        assertThat(request.text()).isEqualTo(
                "OPTIONS sip:sip.synthflow.ai:32682;transport=tls SIP/2.0\r\n"
                        + "Via: SIP/2.0/TLS 192.0.2.10:45000;branch=z9hG4bK" + "ab".repeat(12) + ";rport\r\n"
                        + "Max-Forwards: 70\r\n"
                        + "From: <sip:trunkline@192.0.2.10>;tag=" + "ab".repeat(8) + "\r\n"
                        + "To: <sip:sip.synthflow.ai:32682>\r\n"
                        + "Call-ID: " + "ab".repeat(16) + "@192.0.2.10\r\n"
                        + "CSeq: 1 OPTIONS\r\n"
                        + "Contact: <sip:trunkline@192.0.2.10:45000;transport=tls>\r\n"
                        + "Accept: application/sdp\r\n"
                        + "User-Agent: " + Trunkline.USER_AGENT + "\r\n"
                        + "Content-Length: 0\r\n"
                        + "\r\n");
    }

    @Test
    void bracketsIpv6AddressesAndDropsTheScope() throws Exception {
        OptionsRequest request = OptionsRequest.create(new ProbeTarget("[2001:db8::1]", 5060, Transport.UDP),
                InetAddress.getByName("fe80::1%1"), 5070, random());

        assertThat(request.text())
                .startsWith("OPTIONS sip:[2001:db8::1]:5060;transport=udp SIP/2.0\r\n")
                .contains("Via: SIP/2.0/UDP [fe80:0:0:0:0:0:0:1]:5070;branch=")
                .contains("To: <sip:[2001:db8::1]:5060>\r\n")
                .contains("Call-ID: " + "ab".repeat(16) + "@fe80:0:0:0:0:0:0:1\r\n");
    }

    private static RandomGenerator random() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return FIXED.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                return 0xab;
            }
        };
    }
}
