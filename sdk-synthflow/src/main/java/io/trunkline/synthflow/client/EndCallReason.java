package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One entry of {@code agent.end_call_reasons_v2}.
 *
 * @param reason {@code reason}: when the assistant should end the call (required by Synthflow)
 * @param closingMessageMode {@code closing_message_mode}: {@code static}, {@code prompt} or {@code none}
 * @param closingMessage {@code closing_message}: the closing message
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndCallReason(
        String reason,
        String closingMessageMode,
        String closingMessage) {

}
