package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.VerifyOptions;
import io.trunkline.spring.boot.internal.MicrometerVendorInstrumentation;
import io.trunkline.spring.boot.internal.VendorInstrumentation;
import io.trunkline.spring.boot.internal.VendorRequestMetrics;
import io.trunkline.spring.boot.observation.DefaultTrunklineObservationConvention;
import io.trunkline.spring.boot.observation.TrunklineObservationConvention;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testkit.SynthflowSimulator;
import io.trunkline.testkit.TrunklineSimulators;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Micrometer instrumentation: phase timers, vendor request meters, and nothing without Micrometer. */
@TrunklineSimulators
class MetricsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(TrunklineAutoConfiguration.class, TrunklineMetricsAutoConfiguration.class,
                    MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class, ObservationAutoConfiguration.class));

    @Test
    void planApplyVerifyAndDestroyEachGetATimer(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            ObservedIntegrationEngine engine = context.getBean(ObservedIntegrationEngine.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            engine.apply(engine.plan(plan), ApplyListener.NONE, step -> true);
            engine.verify(plan, VerifyOptions.defaults());
            engine.apply(engine.planDestroy(plan), ApplyListener.NONE);

            assertThat(phaseTimer(registry, "plan").count()).as("plan and planDestroy").isEqualTo(2);
            assertThat(phaseTimer(registry, "apply").count()).isEqualTo(1);
            assertThat(phaseTimer(registry, "verify").count()).isEqualTo(1);
            assertThat(phaseTimer(registry, "destroy").count()).isEqualTo(1);
            assertThat(synthflow.numbers()).as("the destroy really ran").isEmpty();
        });
    }

    @Test
    void aFailedPhaseIsTimedWithItsError(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        synthflow.faults().next(1, "POST", "/v2/custom-numbers", SimulatedFault.serverError(500));
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            ObservedIntegrationEngine engine = context.getBean(ObservedIntegrationEngine.class);
            try {
                engine.converge(plan, ApplyListener.NONE, ManualStepConfirmer.NONE);
            } catch (RuntimeException expected) {
                // the phase failed; its timer must say so
            }
            Timer failed = context.getBean(MeterRegistry.class).find(DefaultTrunklineObservationConvention.NAME)
                    .tag("phase", "apply").tag("error", "ApplyFailedException").timer();
            assertThat(failed).isNotNull();
            assertThat(failed.count()).isEqualTo(1);
        });
    }

    @Test
    void everyVendorRequestIsTimedByEndpointAndStatusClass(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        aircall.faults().next(1, "GET", "/v1/numbers", SimulatedFault.tooManyRequests(Duration.ZERO));
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            context.getBean(ObservedIntegrationEngine.class).converge(plan, ApplyListener.NONE, step -> true);
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            Timer imports = registry.find(VendorRequestMetrics.REQUESTS).tag("vendor", "synthflow")
                    .tag("method", "POST").tag("uri", "custom-numbers").tag("status.class", "2xx").timer();
            assertThat(imports).isNotNull();
            assertThat(imports.count()).isEqualTo(synthflow.requests("POST", "/v2/custom-numbers").size());
            assertThat(registry.find(VendorRequestMetrics.REQUESTS).tag("vendor", "aircall")
                    .tag("uri", "v1/numbers").tag("status", "429").timer().count()).isEqualTo(1);
            assertThat(registry.find(VendorRequestMetrics.RATE_LIMITED).tag("vendor", "aircall").counter().count())
                    .isEqualTo(1);
            assertThat(registry.find(VendorRequestMetrics.REQUESTS).timers())
                    .as("no tag holds the DID")
                    .allSatisfy(t -> assertThat(t.getId().getTags().toString()).doesNotContain("33123456789"));
        });
    }

    @Test
    void theWaitsBeforeSendingAreRecorded(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        aircall.faults().next(1, "GET", "/v1/numbers", SimulatedFault.tooManyRequests(Duration.ofSeconds(1)));
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            context.getBean(ObservedIntegrationEngine.class).plan(plan);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Timer aircallRetryWaits = registry.find(MicrometerVendorInstrumentation.WAITS).tag("vendor", "aircall")
                    .tag("kind", "retry").timer();
            assertThat(aircallRetryWaits.count()).isEqualTo(1);
            assertThat(aircallRetryWaits.totalTime(TimeUnit.MILLISECONDS)).as("the 429's Retry-After was waited out")
                    .isGreaterThanOrEqualTo(1000);
            assertThat(registry.find(MicrometerVendorInstrumentation.RETRIES).tag("vendor", "aircall")
                    .tag("status.class", "4xx").counter().count()).isEqualTo(1);
            assertThat(registry.find(MicrometerVendorInstrumentation.WAITS).tag("vendor", "synthflow").timers())
                    .as("no retries, no waits").allSatisfy(timer -> assertThat(timer.count()).isZero());
            assertThat(registry.find(MicrometerVendorInstrumentation.RETRIES).tag("vendor", "synthflow").counters())
                    .isEmpty();
        });
    }

    @Test
    void anApplicationConventionRenamesThePhaseObservations(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall))
                .withBean(TrunklineObservationConvention.class, () -> new DefaultTrunklineObservationConvention() {
                    @Override
                    public String getName() {
                        return "telephony.provisioning";
                    }
                })
                .run(context -> {
                    context.getBean(ObservedIntegrationEngine.class).plan(plan);

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find("telephony.provisioning").tag("phase", "plan").timer()).isNotNull();
                    assertThat(registry.find(DefaultTrunklineObservationConvention.NAME).timer()).isNull();
                });
    }

    @Test
    void theVendorHttpClientsAreShutDownWithTheContext(SynthflowSimulator synthflow, AircallSimulator aircall) {
        VendorInstrumentation[] http = new VendorInstrumentation[1];
        runner.withPropertyValues(SimulatedAccounts.properties(synthflow, aircall)).run(context -> {
            http[0] = context.getBean(VendorInstrumentation.class);
            assertThat(http[0].okHttpClient("synthflow").dispatcher().executorService().isShutdown()).isFalse();
        });
        assertThat(http[0].okHttpClient("synthflow").dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void withoutMicrometerTheEngineRunsUninstrumented(SynthflowSimulator synthflow, AircallSimulator aircall) {
        IntegrationPlan plan = SimulatedAccounts.seededPlan(synthflow, aircall);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TrunklineAutoConfiguration.class,
                        TrunklineMetricsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class, ObservationRegistry.class))
                .withPropertyValues(SimulatedAccounts.properties(synthflow, aircall))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(VendorInstrumentation.class);
                    assertThat(context.getBean(ObservedIntegrationEngine.class).plan(plan).hasWrites()).isTrue();
                });
    }

    private static Timer phaseTimer(MeterRegistry registry, String phase) {
        Timer timer = registry.find(DefaultTrunklineObservationConvention.NAME).tag("phase", phase).timer();
        assertThat(timer).as("timer of phase " + phase).isNotNull();
        return timer;
    }
}
