package io.trunkline.testkit;

import io.trunkline.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Synthflow action (e.g. a {@code LIVE_TRANSFER}) as the simulator stores it, with the agents it
 * is attached to. Used both to preload an action and as a read-only snapshot.
 *
 * <pre>{@code
 * synthflow.addAction(SynthflowAction.builder("LIVE_TRANSFER")
 *         .config(Map.of("phone", "+33123456789", "transfer_mode", "warm_transfer",
 *                 "instructions", "Caller asks for a human", "initiating_msg", "One moment"))
 *         .attachTo(modelId).build());
 * }</pre>
 */
public final class SynthflowAction {

    private final String actionId;
    private final String actionType;
    private final Map<String, Object> config;
    private final Map<String, String> attachments;

    private SynthflowAction(Builder b) {
        this.actionId = b.actionId;
        this.actionType = b.actionType;
        this.config = Json.freezeMap(b.config);
        this.attachments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.attachments));
    }

    /**
     * @param actionType e.g. {@code LIVE_TRANSFER}
     * @return a builder
     */
    public static Builder builder(String actionType) {
        return new Builder(Objects.requireNonNull(actionType, "actionType"));
    }

    /** @return a builder holding this action's values */
    public Builder toBuilder() {
        Builder b = new Builder(actionType);
        b.actionId = actionId;
        b.config.putAll(config);
        b.attachments.putAll(attachments);
        return b;
    }

    /** @return the {@code action_id}; assigned by the simulator when a preload leaves it out */
    public Optional<String> actionId() {
        return Optional.ofNullable(actionId);
    }

    /** @return the {@code action_type}, e.g. {@code LIVE_TRANSFER} */
    public String actionType() {
        return actionType;
    }

    /** @return the object under the action-type key of the create/update body, read-only */
    public Map<String, Object> config() {
        return config;
    }

    /** @return {@code attachment_type} ({@code before}, {@code during}, {@code after}) by attached {@code model_id} */
    public Map<String, String> attachments() {
        return attachments;
    }

    /** @return the ids of the agents this action is attached to, in attachment order */
    public List<String> assistantIds() {
        return List.copyOf(attachments.keySet());
    }

    @Override
    public String toString() {
        return "SynthflowAction[" + actionId + ", " + actionType + ", attached to " + attachments.keySet() + "]";
    }

    /** Builds a {@link SynthflowAction}. */
    public static final class Builder {
        private final String actionType;
        private String actionId;
        private final Map<String, Object> config = new LinkedHashMap<>();
        private final Map<String, String> attachments = new LinkedHashMap<>();

        private Builder(String actionType) {
            this.actionType = actionType;
        }

        /**
         * @param actionId the {@code action_id} to store the action under; left unset, the simulator
         *     assigns a UUID when the action is added; an action with the same id is replaced
         * @return this builder
         */
        public Builder actionId(String actionId) {
            this.actionId = Objects.requireNonNull(actionId, "actionId");
            return this;
        }

        /**
         * @param config the object the create/update body holds under the action-type key, e.g. for
         *     {@code LIVE_TRANSFER} {@code phone}, {@code transfer_mode}, {@code instructions}; not null;
         *     replaces the values set before
         * @return this builder
         */
        public Builder config(Map<String, Object> config) {
            this.config.clear();
            this.config.putAll(Objects.requireNonNull(config, "config"));
            return this;
        }

        /**
         * Attaches the action to an agent with {@code attachment_type} {@code during}, Synthflow's
         * default.
         *
         * @param modelId the {@code model_id} of the agent to attach to
         * @return this builder
         */
        public Builder attachTo(String modelId) {
            return attachTo(modelId, "during");
        }

        /**
         * @param modelId an agent to attach to
         * @param attachmentType {@code before}, {@code during} or {@code after}
         * @return this builder
         */
        public Builder attachTo(String modelId, String attachmentType) {
            attachments.put(Objects.requireNonNull(modelId, "modelId"),
                    Objects.requireNonNull(attachmentType, "attachmentType"));
            return this;
        }

        /**
         * @param modelId the {@code model_id} of an agent to detach from; nothing happens when the
         *     action is not attached to it
         * @return this builder
         */
        public Builder detachFrom(String modelId) {
            attachments.remove(Objects.requireNonNull(modelId, "modelId"));
            return this;
        }

        /** @return the action */
        public SynthflowAction build() {
            return new SynthflowAction(this);
        }
    }
}
