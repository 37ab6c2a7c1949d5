package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.trunkline.core.model.Secret;

/** The one Jackson configuration the Synthflow client uses. */
public final class SynthflowJson {

    private SynthflowJson() {
    }

    /**
     * Builds a mapper that ignores unknown response fields (Synthflow adds fields without notice),
     * never writes {@code null} (an unset optional must not reach the vendor as {@code null}) and
     * writes {@link Secret} values only into request bodies.
     *
     * @return a new, fully configured mapper
     */
    public static ObjectMapper newMapper() {
        SimpleModule secrets = new SimpleModule("trunkline-synthflow-secrets");
        secrets.addSerializer(Secret.class, new SecretSerializer());
        return JsonMapper.builder()
                .addModule(secrets)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }
}
