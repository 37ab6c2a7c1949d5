package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.spring.boot.internal.TrunklinePropertiesFailureAnalyzer;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.TrunklineSimulators;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** trunkline.startup.verify-credentials: a refused credential stops start-up, an outage does not. */
@TrunklineSimulators
class StartupCredentialCheckTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TrunklineAutoConfiguration.class));

    @Test
    void credentialsAVendorRefusesStopStartUpNamingTheProperties(SynthflowSimulator synthflow,
                                                                 AircallSimulator aircall) {
        String wrongKey = "sf-refused-key-5d1e0";
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.startup.verify-credentials=true", "trunkline.synthflow.api-key=" + wrongKey))
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new TrunklinePropertiesFailureAnalyzer()
                            .analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("Synthflow refused the credentials of trunkline.synthflow.* (HTTP 401 on GET "
                                    + "/v2/assistants?limit=1)")
                            .contains("check trunkline.synthflow.api-key")
                            .doesNotContain(wrongKey);
                });
    }

    @Test
    void acceptedCredentialsCostOneReadPerVendor(SynthflowSimulator synthflow, AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.startup.verify-credentials=true")).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(synthflow.requests("GET", "/v2/assistants/**")).hasSize(1);
                    assertThat(aircall.requests("GET", "/v1/ping")).hasSize(1);
                });
    }

    @Test
    void anUnreachableVendorDoesNotStopStartUp(SynthflowSimulator synthflow, AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.startup.verify-credentials=true", "trunkline.aircall.base-url=http://127.0.0.1:9"))
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void withoutThePropertyNothingIsSentAtStartUp(SynthflowSimulator synthflow, AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(synthflow.requests(r -> true)).isEmpty();
            assertThat(aircall.requests(r -> true)).isEmpty();
        });
    }
}
