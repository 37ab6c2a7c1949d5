package io.trunkline.examples.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The line this service connects, under {@code onboarding.*}: the application's own settings, next
 * to the starter's {@code trunkline.*}.
 *
 * @param did the Aircall line's DID, e.g. {@code +442079460000}
 * @param assistantId the Synthflow assistant that answers it
 * @param teamId the Aircall team that takes the call when the AI does not answer
 * @param terminationUri the Aircall SIP address Synthflow sends transfers and outbound calls to
 */
@ConfigurationProperties("onboarding")
public record OnboardingProperties(String did, String assistantId, long teamId, String terminationUri) {
}
