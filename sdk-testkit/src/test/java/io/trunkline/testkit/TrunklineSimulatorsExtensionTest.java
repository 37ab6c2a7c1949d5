package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TrunklineSimulators(profile = VendorProfile.LEDGER_ASSUMPTIONS, registrationDelaySeconds = 90,
        aircallRequestsPerWindow = 2, aircallWindowMillis = 1_000)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrunklineSimulatorsExtensionTest {

    private static SynthflowSimulator firstSynthflow;

    private final SynthflowSimulator synthflow;

    TrunklineSimulatorsExtensionTest(SynthflowSimulator synthflow) {
        this.synthflow = synthflow;
    }

    @Test
    @Order(1)
    void injectsRunningSimulatorsThatShareOneClock(AircallSimulator aircall, SimulatorClock clock) {
        firstSynthflow = synthflow;
        synthflow.addNumber(SynthflowNumber.builder("+33123456789").terminationUri("sip:a").build());
        aircall.addNumber(AircallNumber.builder("+33123456789").build());
        aircall.faults().next("GET", "/v1/ping", SimulatedFault.serverError(500));
        clock.advance(Duration.ofHours(1));

        assertThat(synthflow.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v2");
        assertThat(aircall.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(synthflow.clock()).isSameAs(clock);
        assertThat(aircall.clock()).isSameAs(clock);
        assertThat(Http.bearer(synthflow.baseUrl(), synthflow.apiKey().reveal()).get("/assistants/").status())
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void resetsStateFaultsAndClockBeforeEachTestButKeepsTheSameServers(AircallSimulator aircall, SimulatorClock clock) {
        assertThat(synthflow).isSameAs(firstSynthflow);
        assertThat(synthflow.numbers()).isEmpty();
        assertThat(synthflow.requests()).isEmpty();
        assertThat(aircall.numbers()).isEmpty();
        assertThat(aircall.faults().rules()).isEmpty();
        assertThat(clock.instant()).isEqualTo(SimulatorClock.DEFAULT_START);
    }

    @Test
    @Order(3)
    void appliesTheAnnotationSettings(AircallSimulator aircall) {
        synthflow.addNumber(SynthflowNumber.builder("+33123456789").terminationUri("sip:a").build());
        synthflow.addAssistant(SynthflowAssistant.builder("R", "inbound").phoneNumber("+33123456789").build());
        Http client = AircallSimulatorTest.basic(aircall, aircall.apiId(), aircall.apiToken().reveal());

        int[] statuses = {client.get("/v1/ping").status(), client.get("/v1/ping").status(), client.get("/v1/ping").status()};

        assertThat(synthflow.isRegistered("+33123456789")).isFalse();
        assertThat(statuses).containsExactly(200, 200, 429);
    }

    @Nested
    class WhenNested {

        @Test
        void sharesTheEnclosingClassSimulators(SynthflowSimulator nestedSynthflow) {
            assertThat(nestedSynthflow).isSameAs(synthflow);
        }
    }
}
