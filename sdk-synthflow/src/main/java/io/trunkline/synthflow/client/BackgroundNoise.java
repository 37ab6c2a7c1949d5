package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An assistant's {@code agent.background_noise}.
 *
 * @param enabled {@code enabled}: whether to play background noise
 * @param type {@code type}: {@code cafe} or {@code office}
 * @param volume {@code volume}: volume
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackgroundNoise(
        Boolean enabled,
        String type,
        Integer volume) {

}
