package io.trunkline.core.model;

import java.util.Optional;

/**
 * The Synthflow assistant (agent) that answers the calls, by its {@code model_id}, with its engine
 * version when known. The guide requires an assistant "v2.0+". Synthflow's public API does not
 * document the engine version, so when it is {@code null} Trunkline asks for a manual confirmation
 * instead of guessing.
 *
 * @param id the assistant's {@code model_id}
 * @param engineVersion the engine version as shown by Synthflow, e.g. {@code "2.0"}, or {@code null}
 */
public record AssistantRef(String id, String engineVersion) {

    /** The minimum engine version the guide requires. */
    public static final String MINIMUM_ENGINE_VERSION = "2.0";

    /**
     * @param id the assistant's {@code model_id}
     * @return a reference with unknown engine version
     */
    public static AssistantRef of(String id) {
        return new AssistantRef(id, null);
    }

    /**
     * @param id the assistant's {@code model_id}
     * @param engineVersion e.g. {@code "2.0"}
     * @return the reference
     */
    public static AssistantRef of(String id, String engineVersion) {
        return new AssistantRef(id, engineVersion);
    }

    /** @return the engine version, when known */
    public Optional<String> knownEngineVersion() {
        return Optional.ofNullable(engineVersion);
    }
}
