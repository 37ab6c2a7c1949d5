package io.trunkline.testkit;

import io.trunkline.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Synthflow agent ("assistant", id {@code model_id}) as the simulator stores it. Used both to
 * preload an assistant and as a read-only snapshot.
 *
 * <p>{@code voice_engine_version} is <em>simulator-only metadata</em>: the Aircall guide requires
 * an assistant "v2.0+" and an older Synthflow page shows the field, but the OpenAPI does not
 * declare it, so the simulator never returns it over HTTP. A test preloads it to model an old
 * assistant; if a client sends it in a create/update body, the simulator records it here.
 *
 * <pre>{@code
 * synthflow.addAssistant(SynthflowAssistant.builder("Aircall AI Receptionist", "inbound")
 *         .voiceEngineVersion("2.0").agentField("language", "fr-FR").build());
 * }</pre>
 */
public final class SynthflowAssistant {

    private final String modelId;
    private final String type;
    private final String name;
    private final String phoneNumber;
    private final String voiceEngineVersion;
    private final Map<String, Object> agent;
    private final Map<String, Object> attributes;

    private SynthflowAssistant(Builder b) {
        this.modelId = b.modelId;
        this.type = b.type;
        this.name = b.name;
        this.phoneNumber = b.phoneNumber;
        this.voiceEngineVersion = b.voiceEngineVersion;
        this.agent = Json.freezeMap(b.agent);
        this.attributes = Json.freezeMap(b.attributes);
    }

    /**
     * @param name the agent name
     * @param type {@code inbound}, {@code outbound} or {@code widget}
     * @return a builder
     */
    public static Builder builder(String name, String type) {
        return new Builder(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
    }

    /** @return a builder holding this assistant's values */
    public Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.modelId = modelId;
        b.phoneNumber = phoneNumber;
        b.voiceEngineVersion = voiceEngineVersion;
        b.agent.putAll(agent);
        b.attributes.putAll(attributes);
        return b;
    }

    /** @return the {@code model_id}; assigned by the simulator when a preload leaves it out */
    public Optional<String> modelId() {
        return Optional.ofNullable(modelId);
    }

    /** @return {@code inbound}, {@code outbound} or {@code widget} */
    public String type() {
        return type;
    }

    /** @return the agent name */
    public String name() {
        return name;
    }

    /** @return the bound {@code phone_number} (E.164): for an inbound agent, the number it answers */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /** @return the simulator-only engine version (see the class comment) */
    public Optional<String> voiceEngineVersion() {
        return Optional.ofNullable(voiceEngineVersion);
    }

    /** @return the {@code agent} object (prompt, llm, language, ...), read-only */
    public Map<String, Object> agent() {
        return agent;
    }

    /**
     * @return the other top-level fields the API stores ({@code description},
     *     {@code external_webhook_url}, {@code is_recording}, {@code max_duration}, ...), read-only
     */
    public Map<String, Object> attributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "SynthflowAssistant[" + modelId + ", " + type + ", " + name + ", phone " + phoneNumber + "]";
    }

    /** Builds a {@link SynthflowAssistant}. */
    public static final class Builder {
        private final String name;
        private final String type;
        private String modelId;
        private String phoneNumber;
        private String voiceEngineVersion;
        private final Map<String, Object> agent = new LinkedHashMap<>();
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        /**
         * @param modelId the agent's {@code model_id}, e.g. {@code 1726559381711x108708587477942990};
         *     left unset, the simulator assigns one in that format when the assistant is added
         * @return this builder
         */
        public Builder modelId(String modelId) {
            this.modelId = Objects.requireNonNull(modelId, "modelId");
            return this;
        }

        /**
         * @param phoneNumber the bound {@code phone_number} in E.164; the simulator must hold that number
         *     before the assistant is added; for an {@code inbound} agent, the number it answers
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber");
            return this;
        }

        /**
         * @param voiceEngineVersion e.g. {@code "2.0"}; simulator-only metadata, never served over HTTP
         *     (see the class comment); set it to model an assistant older than the Aircall guide's v2.0
         * @return this builder
         */
        public Builder voiceEngineVersion(String voiceEngineVersion) {
            this.voiceEngineVersion = Objects.requireNonNull(voiceEngineVersion, "voiceEngineVersion");
            return this;
        }

        /**
         * @param field an {@code agent} field, e.g. {@code language}
         * @param value a JSON-like value (String, Number, Boolean, List, Map)
         * @return this builder
         */
        public Builder agentField(String field, Object value) {
            agent.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * @param agent the whole {@code agent} object, replacing earlier fields
         * @return this builder
         */
        public Builder agent(Map<String, Object> agent) {
            this.agent.clear();
            this.agent.putAll(Objects.requireNonNull(agent, "agent"));
            return this;
        }

        /**
         * @param field a top-level field, e.g. {@code description}
         * @param value a JSON-like value
         * @return this builder
         */
        public Builder attribute(String field, Object value) {
            attributes.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the assistant */
        public SynthflowAssistant build() {
            return new SynthflowAssistant(this);
        }
    }
}
