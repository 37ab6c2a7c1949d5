package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.spring.boot.internal.InvalidTrunklinePropertiesException;
import io.trunkline.state.jdbc.PostgresStateStore;
import io.trunkline.testsupport.TestDatabase;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.TrunklineSimulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@TrunklineSimulators
class TrunklineAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TrunklineAutoConfiguration.class));

    @Test
    void theContextLoadsFromPropertiesAndPlansAgainstTheVendorsTheyName(SynthflowSimulator synthflow,
                                                                       AircallSimulator aircall) {
        var plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                        "trunkline.aircall.rate-limit-requests=30", "trunkline.synthflow.read-timeout=7s"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SynthflowClient.class)
                            .hasSingleBean(AircallClient.class).hasSingleBean(SynthflowAgentPlatform.class)
                            .hasSingleBean(AircallContactCenter.class).hasSingleBean(IntegrationEngine.class)
                            .hasSingleBean(ObservedIntegrationEngine.class);
                    SynthflowClient synthflowClient = context.getBean(SynthflowClient.class);
                    assertThat(synthflowClient.config().apiKey().matches(synthflow.apiKey())).isTrue();
                    assertThat(synthflowClient.config().workspaceId()).isEqualTo(synthflow.workspaceId());
                    assertThat(synthflowClient.config().http().readTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(context.getBean(AircallClient.class).config().rateLimitRequests()).isEqualTo(30);

                    ChangePlan changes = context.getBean(IntegrationEngine.class).plan(plan);

                    assertThat(changes.hasWrites()).as("a fresh account needs the number imported").isTrue();
                    assertThat(synthflow.requests("GET", "/v2/assistants/" + SimulatedAccounts.ASSISTANT_ID))
                            .as("the engine read the simulator the properties name").isNotEmpty();
                    assertThat(aircall.requests(r -> r.path().startsWith("/v1/numbers"))).isNotEmpty();
                });
    }

    @Test
    void credentialsAreBoundAsSecretsThatNeverPrint(SynthflowSimulator synthflow, AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            TrunklineProperties properties = context.getBean(TrunklineProperties.class);
            String key = synthflow.apiKey().reveal();
            String token = aircall.apiToken().reveal();

            assertThat(properties.getSynthflow().getApiKey().reveal()).isEqualTo(key);
            assertThat(properties.getAircall().getApiToken().reveal()).isEqualTo(token);
            assertThat(String.valueOf(properties.getSynthflow().getApiKey())).isEqualTo("****");
            assertThat(context.getBean(SynthflowClient.class).toString() + context.getBean(AircallClient.class)
                    + context.getBean(IntegrationEngine.class) + context.getBean(ObservedIntegrationEngine.class))
                    .doesNotContain(key).doesNotContain(token);
        });
    }

    @Test
    void aFileStateStoreKeepsItsEntriesInTheFileNamed(SynthflowSimulator synthflow, AircallSimulator aircall,
                                                       @TempDir Path dir) {
        Path file = dir.resolve("state").resolve("trunkline.state");
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.state.type=file", "trunkline.state.file=" + file)).run(context -> {
                    context.getBean(StateStore.class).put("+33123456789/sip-number", "created");

                    assertThat(file).exists();
                    assertThat(StateStore.file(file).get("+33123456789/sip-number")).contains("created");
                });
    }

    @Test
    void aMemoryStateStoreWritesNoFile(SynthflowSimulator synthflow, AircallSimulator aircall, @TempDir Path dir) {
        Path file = dir.resolve("trunkline.state");
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall,
                "trunkline.state.type=memory", "trunkline.state.file=" + file)).run(context -> {
                    StateStore store = context.getBean(StateStore.class);
                    store.put("+33123456789/sip-number", "created");

                    assertThat(store.get("+33123456789/sip-number")).contains("created");
                    assertThat(Files.exists(file)).isFalse();
                });
    }

    @Test
    void aJdbcStateStoreWithoutADataSourceFailsStartUpNamingTheDataSourceProperties(SynthflowSimulator synthflow,
                                                                                  AircallSimulator aircall) {
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall, "trunkline.state.type=jdbc"))
                .run(context -> assertThat(context).getFailure()
                        .hasRootCauseInstanceOf(InvalidTrunklinePropertiesException.class)
                        .rootCause().hasMessageContaining("trunkline.state.type=jdbc")
                        .hasMessageContaining("spring.datasource.url"));
    }

    @Test
    void aJdbcStateStoreKeepsTheJournalInTheApplicationsDataSource(SynthflowSimulator synthflow,
                                                                   AircallSimulator aircall) {
        try (TestDatabase database = TestDatabase.create()) {
            DataSource dataSource = database.dataSource();
            runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall, "trunkline.state.type=jdbc"))
                    .withBean(DataSource.class, () -> dataSource)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        context.getBean(StateStore.class).put("+33123456789/sip-number", "created");
                    });
            assertThat(PostgresStateStore.create(dataSource).get("+33123456789/sip-number"))
                    .as("another store on the same database, as another replica would open it").contains("created");
        }
    }

    @Test
    void theApplicationsOwnClientIsUsedInsteadOfOneFromProperties(SynthflowSimulator synthflow,
                                                                   AircallSimulator aircall) {
        SynthflowClient own = SynthflowClient.create(SimulatedVendors.synthflowConfig(synthflow).http(http -> http.maxAttempts(1)).build());
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall))
                .withBean("mySynthflow", SynthflowClient.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(SynthflowClient.class);
                    assertThat(context.getBean(SynthflowClient.class)).isSameAs(own);
                    assertThat(context.getBean(SynthflowAgentPlatform.class)).isNotNull();
                });
    }

    @Test
    void anApplicationWithItsOwnAgentPlatformNeedsNoSynthflowCredentials(SynthflowSimulator synthflow,
                                                                         AircallSimulator aircall) {
        SynthflowAgentPlatform own = SimulatedVendors.agentPlatform(synthflow);
        runner.withPropertyValues(
                        "trunkline.aircall.api-id=" + aircall.apiId(),
                        "trunkline.aircall.api-token=" + aircall.apiToken().reveal(),
                        "trunkline.aircall.base-url=" + aircall.baseUrl(),
                        "trunkline.state.type=memory")
                .withBean("myPlatform", AgentPlatform.class, () -> own)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(SynthflowClient.class)
                            .hasSingleBean(AgentPlatform.class).hasSingleBean(AircallClient.class);
                    assertThat(context.getBean(AgentPlatform.class)).isSameAs(own);
                });
    }

    @Test
    void theApplicationsOwnStoreAndEngineAreUsed(SynthflowSimulator synthflow, AircallSimulator aircall) {
        StateStore store = StateStore.inMemory();
        IntegrationEngine engine = SimulatedVendors.engine(synthflow, aircall).build();
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall, "trunkline.state.type=jdbc"))
                .withBean(StateStore.class, () -> store)
                .withBean(IntegrationEngine.class, () -> engine)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(StateStore.class)).isSameAs(store);
                    assertThat(context.getBean(IntegrationEngine.class)).isSameAs(engine);
                    assertThat(context.getBean(ObservedIntegrationEngine.class).engine()).isSameAs(engine);
                });
    }
}
