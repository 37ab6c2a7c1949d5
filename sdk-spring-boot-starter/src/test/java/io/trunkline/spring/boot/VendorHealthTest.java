package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.TrunklineSimulators;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicators against the simulators: up, credentials refused, vendor down, cached. */
@TrunklineSimulators
class VendorHealthTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(TrunklineAutoConfiguration.class, TrunklineHealthAutoConfiguration.class));

    @Test
    void bothVendorsAreUpWhenTheirDocumentedReadSucceeds(SynthflowSimulator synthflow, AircallSimulator aircall) {
        withHealth(synthflow, aircall, (sf, ac) -> {
            assertThat(sf.getStatus()).isEqualTo(Status.UP);
            assertThat(sf.getDetails()).containsEntry("endpoint", "GET /v2/assistants?limit=1");
            assertThat(ac.getStatus()).isEqualTo(Status.UP);
            assertThat(ac.getDetails()).containsEntry("endpoint", "GET /v1/ping");
            assertThat(synthflow.requests("GET", "/v2/assistants/**")).hasSize(1);
            assertThat(aircall.requests("GET", "/v1/ping")).hasSize(1);
        });
    }

    @Test
    void refusedCredentialsAreDownWithTheirPropertiesNamedAndNeverShown(SynthflowSimulator synthflow,
                                                                         AircallSimulator aircall) {
        String wrongKey = "sf-wrong-key-81c2d";
        String wrongToken = "ac-wrong-token-47e0b";
        withHealth(synthflow, aircall, (sf, ac) -> {
            assertThat(sf.getStatus()).isEqualTo(Status.DOWN);
            assertThat(sf.getDetails().get("reason").toString()).startsWith("authentication refused (HTTP 401");
            assertThat(sf.getDetails().get("fix").toString()).contains("trunkline.synthflow.api-key");
            assertThat(ac.getStatus()).isEqualTo(Status.DOWN);
            assertThat(ac.getDetails().get("reason").toString()).startsWith("authentication refused");
            assertThat(ac.getDetails().get("fix").toString()).contains("trunkline.aircall.api-token");
            assertThat(sf.toString() + ac).doesNotContain(wrongKey).doesNotContain(wrongToken)
                    .doesNotContain(synthflow.apiKey().reveal()).doesNotContain(aircall.apiToken().reveal());
        }, "trunkline.synthflow.api-key=" + wrongKey, "trunkline.aircall.api-token=" + wrongToken);
    }

    @Test
    void aVendorThatCannotBeReachedIsDown(SynthflowSimulator synthflow, AircallSimulator aircall) {
        withHealth(synthflow, aircall, (sf, ac) -> {
            assertThat(sf.getStatus()).isEqualTo(Status.DOWN);
            assertThat(sf.getDetails().get("reason").toString()).startsWith("unreachable");
            assertThat(ac.getStatus()).isEqualTo(Status.DOWN);
            assertThat(ac.getDetails().get("reason").toString()).startsWith("unreachable");
        }, "trunkline.synthflow.base-url=http://127.0.0.1:9/v2", "trunkline.aircall.base-url=http://127.0.0.1:9");
    }

    @Test
    void aVendorAnsweringWithAServerErrorIsDownAfterOneRequest(SynthflowSimulator synthflow, AircallSimulator aircall) {
        synthflow.faults().next(5, "GET", "/v2/assistants/**", SimulatedFault.serverError(503));
        aircall.faults().next(5, "GET", "/v1/ping", SimulatedFault.htmlErrorPage(502));
        withHealth(synthflow, aircall, (sf, ac) -> {
            assertThat(sf.getStatus()).isEqualTo(Status.DOWN);
            assertThat(sf.getDetails()).containsEntry("reason", "vendor error (HTTP 503)");
            assertThat(ac.getDetails()).containsEntry("reason", "vendor error (HTTP 502)");
            assertThat(synthflow.requests("GET", "/v2/assistants/**")).as("no retries").hasSize(1);
            assertThat(aircall.requests("GET", "/v1/ping")).as("no retries").hasSize(1);
        });
    }

    @Test
    void aResultIsReusedForItsTimeToLive(SynthflowSimulator synthflow, AircallSimulator aircall) {
        assertThat(statusAfterTheVendorFails(synthflow, aircall, "1h")).isEqualTo(Status.UP);
        assertThat(synthflow.requests("GET", "/v2/assistants/**")).hasSize(1);
    }

    @Test
    void aZeroTimeToLiveChecksEveryTime(SynthflowSimulator synthflow, AircallSimulator aircall) {
        assertThat(statusAfterTheVendorFails(synthflow, aircall, "0s")).isEqualTo(Status.DOWN);
        assertThat(synthflow.requests("GET", "/v2/assistants/**")).hasSize(2);
    }

    @Test
    void theIndicatorsCanBeSwitchedOff(SynthflowSimulator synthflow, AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall, "management.health.trunkline.enabled=false"))
                .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
    }

    @Test
    void withoutActuatorThereAreNoIndicatorsAndTheRestStillStarts(SynthflowSimulator synthflow,
                                                                  AircallSimulator aircall) {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues(SimulatedAccounts.properties(synthflow, aircall))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("synthflowHealthIndicator")
                        .doesNotHaveBean("aircallHealthIndicator").hasSingleBean(ObservedIntegrationEngine.class));
    }

    /** Checks Synthflow's health (up), makes the next read fail, and checks again. */
    private Status statusAfterTheVendorFails(SynthflowSimulator synthflow, AircallSimulator aircall, String timeToLive) {
        Status[] second = new Status[1];
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.health.time-to-live=" + timeToLive)).run(context -> {
                    HealthIndicator indicator = context.getBean("synthflowHealthIndicator", HealthIndicator.class);
                    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                    synthflow.faults().next(1, "GET", "/v2/assistants/**", SimulatedFault.serverError(500));
                    second[0] = indicator.health().getStatus();
                });
        return second[0];
    }

    private void withHealth(SynthflowSimulator synthflow, AircallSimulator aircall, BiConsumer<Health, Health> check,
                            String... overrides) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall, overrides)).run(context -> {
            assertThat(context).hasNotFailed();
            check.accept(context.getBean("synthflowHealthIndicator", HealthIndicator.class).health(),
                    context.getBean("aircallHealthIndicator", HealthIndicator.class).health());
        });
    }
}
