package io.trunkline.spring.boot;

import io.trunkline.aircall.AircallClient;
import io.trunkline.spring.boot.internal.VendorHealthIndicator;
import io.trunkline.spring.boot.internal.VendorProbes;
import io.trunkline.synthflow.SynthflowClient;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health indicators, one per vendor, when Actuator is present: {@code synthflow} and
 * {@code aircall} in {@code /actuator/health}. Each makes one documented read (Synthflow's
 * {@code GET /v2/assistants?limit=1}, Aircall's {@code GET /v1/ping}), reused for
 * {@code trunkline.health.time-to-live} (default 60 s), and reports up, authentication refused,
 * unreachable or a vendor error, never a credential. Off with
 * {@code management.health.trunkline.enabled=false}.
 */
@AutoConfiguration(after = TrunklineAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnEnabledHealthIndicator("trunkline")
public class TrunklineHealthAutoConfiguration {

    /** Created by Spring Boot from the auto-configuration list. */
    public TrunklineHealthAutoConfiguration() {
    }

    @Bean
    @ConditionalOnBean(SynthflowClient.class)
    @ConditionalOnMissingBean(name = "synthflowHealthIndicator")
    HealthIndicator synthflowHealthIndicator(SynthflowClient client, TrunklineProperties properties) {
        return new VendorHealthIndicator(VendorProbes.synthflow(client.config()),
                properties.getHealth().getTimeToLive(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(AircallClient.class)
    @ConditionalOnMissingBean(name = "aircallHealthIndicator")
    HealthIndicator aircallHealthIndicator(AircallClient client, TrunklineProperties properties) {
        return new VendorHealthIndicator(VendorProbes.aircall(client.config()),
                properties.getHealth().getTimeToLive(), Clock.systemUTC());
    }
}
