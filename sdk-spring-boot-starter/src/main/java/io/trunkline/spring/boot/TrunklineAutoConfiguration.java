package io.trunkline.spring.boot;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.aircall.AircallClient;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.Secret;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.spring.boot.internal.JdbcStateStores;
import io.trunkline.spring.boot.internal.PhaseObserver;
import io.trunkline.spring.boot.internal.PropertiesClient;
import io.trunkline.spring.boot.internal.SecretConverter;
import io.trunkline.spring.boot.internal.StartupCredentialCheck;
import io.trunkline.spring.boot.internal.VendorConfigs;
import io.trunkline.spring.boot.internal.VendorInstrumentation;
import io.trunkline.spring.boot.internal.VendorProbe;
import io.trunkline.spring.boot.internal.VendorProbes;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Wires Trunkline from {@code trunkline.*} properties: the Synthflow and Aircall clients, their
 * adapters, the state store, the {@link IntegrationEngine} and its {@link ObservedIntegrationEngine}.
 * Every bean backs off when the application defines its own of the same type; an application that
 * defines its own {@link AgentPlatform} (or {@link ContactCenter}) gets no Synthflow (or Aircall)
 * client either, and so needs no credentials for it. Missing or invalid credentials stop start-up
 * with a report naming the property and the fix; with {@code trunkline.startup.verify-credentials=true}
 * so do credentials a vendor refuses. The clients are closed with the context.
 *
 * <pre>
 * trunkline.synthflow.api-key=${SYNTHFLOW_API_KEY}
 * trunkline.synthflow.workspace-id=${SYNTHFLOW_WORKSPACE_ID}
 * trunkline.aircall.api-id=${AIRCALL_API_ID}
 * trunkline.aircall.api-token=${AIRCALL_API_TOKEN}
 * </pre>
 */
@AutoConfiguration
@EnableConfigurationProperties(TrunklineProperties.class)
public class TrunklineAutoConfiguration {

    /** Created by Spring Boot from the auto-configuration list. */
    public TrunklineAutoConfiguration() {
    }

    /**
     * Binds credentials as {@link Secret}s. Static, so it exists before the properties are bound.
     *
     * @return the converter
     */
    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Secret> trunklineSecretConverter() {
        return new SecretConverter();
    }

    /**
     * @param store the state store
     * @param agentPlatform the AI side
     * @param contactCenter the contact-center side
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    IntegrationEngine integrationEngine(AgentPlatform agentPlatform, ContactCenter contactCenter, StateStore store) {
        return IntegrationEngine.builder().agentPlatform(agentPlatform).contactCenter(contactCenter).stateStore(store)
                .build();
    }

    /**
     * @param engine the engine
     * @param observer the phase observer, present when Micrometer's Observation API is
     * @return the engine with its phases observed
     */
    @Bean
    @ConditionalOnMissingBean
    ObservedIntegrationEngine observedIntegrationEngine(IntegrationEngine engine, ObjectProvider<PhaseObserver> observer) {
        return new ObservedIntegrationEngine(engine, observer.getIfAvailable(() -> PhaseObserver.NONE));
    }

    /**
     * @param properties the properties
     * @param dataSource the application's data source, used when {@code trunkline.state.type=jdbc}
     * @return the store {@code trunkline.state.type} names
     */
    @Bean
    @ConditionalOnMissingBean
    StateStore trunklineStateStore(TrunklineProperties properties, ObjectProvider<DataSource> dataSource) {
        TrunklineProperties.State state = properties.getState();
        return switch (state.getType()) {
            case FILE -> StateStore.file(state.getFile());
            case MEMORY -> StateStore.inMemory();
            case JDBC -> JdbcStateStores.create(dataSource.getIfAvailable());
        };
    }

    /**
     * @param synthflow the Synthflow client, when the starter or the application has one
     * @param aircall the Aircall client, likewise
     * @return the check that stops start-up when a vendor refuses the credentials
     */
    @Bean
    @ConditionalOnProperty(name = "trunkline.startup.verify-credentials", havingValue = "true")
    StartupCredentialCheck trunklineStartupCredentialCheck(ObjectProvider<SynthflowClient> synthflow,
                                                           ObjectProvider<AircallClient> aircall) {
        List<VendorProbe> probes = new ArrayList<>();
        synthflow.ifAvailable(client -> probes.add(VendorProbes.synthflow(client.config())));
        aircall.ifAvailable(client -> probes.add(VendorProbes.aircall(client.config())));
        return new StartupCredentialCheck(probes);
    }

    /** The Synthflow client and adapter, unless the application brings its own {@link AgentPlatform}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AgentPlatform.class)
    static class SynthflowConfiguration {

        /**
         * Says that the client below is built from properties. Declared before it, so that its condition
         * sees only the application's own SynthflowClient (Spring reads bean methods in source order).
         */
        @Bean
        @ConditionalOnMissingBean(SynthflowClient.class)
        PropertiesClient trunklineSynthflowFromProperties() {
            return PropertiesClient.SYNTHFLOW;
        }

        @Bean
        @ConditionalOnMissingBean
        SynthflowClient synthflowClient(TrunklineProperties properties, ObjectProvider<VendorInstrumentation> instrumentation,
                                        ObjectProvider<PropertiesClient> fromProperties) {
            VendorConfigs.requireCredentials(properties, fromProperties.orderedStream().toList());
            return SynthflowClient.create(VendorConfigs.synthflow(properties.getSynthflow(), instrumentation.getIfAvailable()));
        }

        @Bean
        SynthflowAgentPlatform synthflowAgentPlatform(SynthflowClient client) {
            return SynthflowAgentPlatform.create(client);
        }
    }

    /** The Aircall client and adapter, unless the application brings its own {@link ContactCenter}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ContactCenter.class)
    static class AircallConfiguration {

        /** Says that the client below is built from properties; declared first, as Synthflow's. */
        @Bean
        @ConditionalOnMissingBean(AircallClient.class)
        PropertiesClient trunklineAircallFromProperties() {
            return PropertiesClient.AIRCALL;
        }

        @Bean
        @ConditionalOnMissingBean
        AircallClient aircallClient(TrunklineProperties properties, ObjectProvider<VendorInstrumentation> instrumentation,
                                    ObjectProvider<PropertiesClient> fromProperties) {
            VendorConfigs.requireCredentials(properties, fromProperties.orderedStream().toList());
            return AircallClient.create(VendorConfigs.aircall(properties.getAircall(), instrumentation.getIfAvailable()));
        }

        @Bean
        AircallContactCenter aircallContactCenter(AircallClient client) {
            return AircallContactCenter.create(client);
        }
    }
}
