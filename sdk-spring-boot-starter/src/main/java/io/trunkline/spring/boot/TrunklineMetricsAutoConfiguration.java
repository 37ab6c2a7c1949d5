package io.trunkline.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.trunkline.spring.boot.internal.MicrometerVendorInstrumentation;
import io.trunkline.spring.boot.internal.MicrometerPhaseObserver;
import io.trunkline.spring.boot.internal.PhaseObserver;
import io.trunkline.spring.boot.observation.TrunklineObservationConvention;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer instrumentation, on only when Micrometer is on the classpath and the application has
 * a registry:
 * <ul>
 *   <li>with a {@code MeterRegistry}: {@code trunkline.vendor.requests}, a timer of every HTTP attempt
 *       to either vendor, tagged {@code vendor}, {@code method}, {@code uri} (the endpoint's template),
 *       {@code status} and {@code status.class}; {@code trunkline.vendor.rate.limited}, a counter
 *       of 429 answers; {@code trunkline.vendor.retries}, a counter of retries tagged {@code vendor} and
 *       the failed attempt's {@code status.class}; and {@code trunkline.vendor.waits}, a timer of the
 *       waits before sending, tagged {@code vendor} and {@code kind} ({@code retry}: backoff or a 429's
 *       reset before a retry; {@code rate_limit}: Aircall's pacing or a shared 429 pause);</li>
 *   <li>with an {@code ObservationRegistry}: an observation per lifecycle phase run through
 *       {@link ObservedIntegrationEngine}, named by a {@link TrunklineObservationConvention} bean if the
 *       application defines one, else {@code trunkline.lifecycle} tagged {@code phase}, so
 *       Micrometer times it and a tracing bridge turns it into a span.</li>
 * </ul>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"})
public class TrunklineMetricsAutoConfiguration {

    /** Created by Spring Boot from the auto-configuration list. */
    public TrunklineMetricsAutoConfiguration() {
    }

    /** Vendor request and wait meters, through the OkHttp client and HTTP listener of the clients the starter builds. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class RequestMetrics {

        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        MicrometerVendorInstrumentation trunklineVendorInstrumentation(MeterRegistry registry) {
            return new MicrometerVendorInstrumentation(registry);
        }
    }

    /** Lifecycle phase observations. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    static class PhaseObservations {

        @Bean
        @ConditionalOnBean(ObservationRegistry.class)
        PhaseObserver trunklinePhaseObserver(ObservationRegistry registry,
                                             ObjectProvider<TrunklineObservationConvention> convention) {
            return new MicrometerPhaseObserver(registry, convention.getIfAvailable());
        }
    }
}
