package io.trunkline.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example service, started by Spring Boot's test support against the testkit's simulators of
 * both vendors: its properties point the starter at them, so the real clients, engine, health
 * indicators and metrics run end to end without an account.
 */
@SpringBootTest(properties = {"trunkline.state.type=memory", "onboarding.did=+33123456789",
        "onboarding.assistant-id=" + OnboardingApplicationTest.ASSISTANT, "onboarding.team-id=678"})
class OnboardingApplicationTest {

    static final String ASSISTANT = "1726559381711x108708587477942990";

    // Started before the context, which reads live state at start-up to print the plan.
    private static final SynthflowSimulator SYNTHFLOW = SynthflowSimulator.builder().build();
    private static final AircallSimulator AIRCALL = AircallSimulator.builder().build();

    static {
        SYNTHFLOW.addAssistant(SynthflowAssistant.builder("Receptionist", "inbound").modelId(ASSISTANT).build());
        AircallUser jane = AIRCALL.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
        AIRCALL.addTeam(AircallTeam.builder("Support L1").id(678).addUserId(jane.id()).build());
        AIRCALL.addNumber(AircallNumber.builder("+33123456789").id(1234).flowEditorEnabled(true).build());
    }

    @Autowired
    private LineConnector connector;
    @Autowired
    private HealthEndpoint health;
    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void pointTrunklineAtTheSimulators(DynamicPropertyRegistry properties) {
        properties.add("trunkline.synthflow.api-key", () -> SYNTHFLOW.apiKey().reveal());
        properties.add("trunkline.synthflow.workspace-id", SYNTHFLOW::workspaceId);
        properties.add("trunkline.synthflow.base-url", SYNTHFLOW::baseUrl);
        properties.add("trunkline.aircall.api-id", AIRCALL::apiId);
        properties.add("trunkline.aircall.api-token", () -> AIRCALL.apiToken().reveal());
        properties.add("trunkline.aircall.base-url", AIRCALL::baseUrl);
    }

    @AfterAll
    static void stopTheSimulators() {
        SYNTHFLOW.close();
        AIRCALL.close();
    }

    @Test
    void connectingTheLineImportsTheDidAndAttachesItToTheAssistant() {
        connector.connect();

        assertThat(SYNTHFLOW.number("+33123456789")).isPresent();
        assertThat(SYNTHFLOW.assistant(ASSISTANT).orElseThrow().phoneNumber()).contains("+33123456789");
        assertThat(connector.plan().counts().getOrDefault(Change.Action.CREATE, 0)).as("nothing left to create")
                .isZero();
        VerificationReport report = connector.verify();
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.check("attachment").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.pending()).as("the Aircall dashboard steps wait for a person").isNotEmpty();
        assertThat(meters.find("trunkline.lifecycle").tag("phase", "apply").timer().count()).isEqualTo(1);
        assertThat(meters.find("trunkline.lifecycle").tag("phase", "verify").timer().count()).isEqualTo(1);
        assertThat(meters.find("trunkline.vendor.requests").tag("vendor", "synthflow").tag("method", "POST")
                .tag("status.class", "2xx").timers()).isNotEmpty();
    }

    @Test
    void bothVendorsShowInTheHealthEndpoint() {
        assertThat(health.healthForPath("synthflow").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("aircall").getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
