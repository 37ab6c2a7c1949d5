package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.diagnostic.SipStatus;
import io.trunkline.core.model.Transport;
import io.trunkline.diagnostics.sip.ProbeResult;
import io.trunkline.diagnostics.sip.ProbeTarget;
import java.time.Duration;

/** Probe results as {@code SipProbe} would report them, built with its public factories. */
final class Probes {

    static final String HOST = "sip.synthflow.ai";

    private Probes() {
    }

    static ProbeTarget target(Transport transport, int port) {
        return new ProbeTarget(HOST, port, transport);
    }

    static ProbeResult reachable(Transport transport) {
        return ProbeResult.answered(target(transport, transport.defaultPort()), new SipStatus(200, "OK"),
                Duration.ofMillis(84), "Synthflow", 1);
    }

    static ProbeResult noAnswer(Transport transport, int port) {
        return ProbeResult.noAnswer(target(transport, port), Duration.ofSeconds(32), 7, "");
    }
}
