package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What an assistant leaves on voicemail; requires {@code agent.greeting_message_mode = human}.
 *
 * @param enabled {@code enabled}: whether to leave a message
 * @param mode {@code mode}: {@code exact_message} or {@code prompt}
 * @param exactMessage {@code exact_message}: the message, for {@code exact_message}
 * @param prompt {@code prompt}: the prompt, for {@code prompt}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoicemailMessage(
        Boolean enabled,
        String mode,
        String exactMessage,
        String prompt) {

}
