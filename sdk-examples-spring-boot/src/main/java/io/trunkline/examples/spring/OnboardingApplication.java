package io.trunkline.examples.spring;

import io.trunkline.core.lifecycle.PlanFormat;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service that connects one Aircall line to a Synthflow assistant. Everything
 * Trunkline needs comes from trunkline-spring-boot-starter and {@code application.properties}; this
 * class only says what to do at start-up: print the plan, and apply it when started with
 * {@code --apply}.
 *
 * <pre>
 * SYNTHFLOW_API_KEY=… SYNTHFLOW_WORKSPACE_ID=… AIRCALL_API_ID=… AIRCALL_API_TOKEN=… \
 *   java -jar onboarding.jar --onboarding.did=+442079460000 --onboarding.assistant-id=… [--apply]
 * </pre>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OnboardingApplication {

    /**
     * @param args Spring Boot arguments, plus {@code --apply} to apply the plan
     */
    public static void main(String[] args) {
        SpringApplication.run(OnboardingApplication.class, args);
    }

    @Bean
    ApplicationRunner printThePlan(LineConnector connector) {
        return args -> {
            System.out.println(connector.plan().render(PlanFormat.TEXT));
            if (args.containsOption("apply")) {
                System.out.println(connector.connect().render(PlanFormat.TEXT));
            }
        };
    }
}
