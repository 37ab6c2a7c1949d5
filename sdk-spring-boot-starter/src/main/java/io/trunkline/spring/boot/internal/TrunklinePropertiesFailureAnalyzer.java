package io.trunkline.spring.boot.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns missing or invalid {@code trunkline.*} properties into Spring Boot's start-up report: what
 * is wrong, property by property, and how to set them. Values are never shown.
 */
public final class TrunklinePropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTrunklinePropertiesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTrunklinePropertiesException cause) {
        StringBuilder description = new StringBuilder("Trunkline cannot start: the ").append(cause.prefix())
                .append(".* properties are incomplete or invalid:").append(System.lineSeparator());
        cause.problems().forEach(p -> description.append("  - ").append(p).append(System.lineSeparator()));
        String action = "Set the " + cause.prefix() + ".* properties named above in application.properties, "
                + "or as environment variables (upper case, dots as underscores, dashes dropped: "
                + "TRUNKLINE_SYNTHFLOW_APIKEY sets trunkline.synthflow.api-key), then start the application again.";
        return new FailureAnalysis(description.toString(), action, cause);
    }
}
