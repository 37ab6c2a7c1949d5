package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PUT /assistants/{model_id}}, a <em>partial</em> update: "only the provided
 * parameters will be updated". Setting {@code phone_number} binds the inbound number. Whether a
 * partial {@code agent} object is merged or replaces the stored one is not documented: send every
 * agent field you care about.
 *
 * @param name {@code name}: the name
 * @param agent {@code agent}: prompt, voice and behaviour
 * @param phoneNumber {@code phone_number}: the inbound number to bind, E.164
 * @param description {@code description}: description
 * @param externalWebhookUrl {@code external_webhook_url}: post-call webhook
 * @param isRecording {@code is_recording}: whether calls are recorded
 * @param maxDuration {@code max_duration}: call length limit
 * @param voicemailMessage {@code voicemail_message}: voicemail behaviour
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistantUpdate(
        String name,
        Agent agent,
        String phoneNumber,
        String description,
        String externalWebhookUrl,
        Boolean isRecording,
        MaxDuration maxDuration,
        VoicemailMessage voicemailMessage) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.agent = agent;
        b.phoneNumber = phoneNumber;
        b.description = description;
        b.externalWebhookUrl = externalWebhookUrl;
        b.isRecording = isRecording;
        b.maxDuration = maxDuration;
        b.voicemailMessage = voicemailMessage;
        return b;
    }

    /** Builds a {@link AssistantUpdate}; only set fields are sent. */
    public static final class Builder {

        private String name;
        private Agent agent;
        private String phoneNumber;
        private String description;
        private String externalWebhookUrl;
        private Boolean isRecording;
        private MaxDuration maxDuration;
        private VoicemailMessage voicemailMessage;

        private Builder() {
        }

        /**
         * Sets {@code name}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets {@code agent}.
         *
         * @param agent prompt, voice and behaviour
         * @return this builder
         */
        public Builder agent(Agent agent) {
            this.agent = Objects.requireNonNull(agent, "agent");
            return this;
        }

        /**
         * Sets {@code phone_number}.
         *
         * @param phoneNumber the inbound number to bind, E.164
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber");
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets {@code external_webhook_url}.
         *
         * @param externalWebhookUrl post-call webhook
         * @return this builder
         */
        public Builder externalWebhookUrl(String externalWebhookUrl) {
            this.externalWebhookUrl = Objects.requireNonNull(externalWebhookUrl, "externalWebhookUrl");
            return this;
        }

        /**
         * Sets {@code is_recording}.
         *
         * @param isRecording whether calls are recorded
         * @return this builder
         */
        public Builder isRecording(Boolean isRecording) {
            this.isRecording = Objects.requireNonNull(isRecording, "isRecording");
            return this;
        }

        /**
         * Sets {@code max_duration}.
         *
         * @param maxDuration call length limit
         * @return this builder
         */
        public Builder maxDuration(MaxDuration maxDuration) {
            this.maxDuration = Objects.requireNonNull(maxDuration, "maxDuration");
            return this;
        }

        /**
         * Sets {@code voicemail_message}.
         *
         * @param voicemailMessage voicemail behaviour
         * @return this builder
         */
        public Builder voicemailMessage(VoicemailMessage voicemailMessage) {
            this.voicemailMessage = Objects.requireNonNull(voicemailMessage, "voicemailMessage");
            return this;
        }

        /**
         * @return the AssistantUpdate
         * @throws InvalidConfigurationException listing every missing or impossible value
         */
        public AssistantUpdate build() {
            List<String> problems = new ArrayList<>();
            if (name == null && agent == null && phoneNumber == null && description == null && externalWebhookUrl == null
                    && isRecording == null && maxDuration == null && voicemailMessage == null) {
                problems.add("AssistantUpdate: set at least one field; an empty update changes nothing");
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new AssistantUpdate(name, agent, phoneNumber, description, externalWebhookUrl, isRecording, maxDuration, voicemailMessage);
        }
    }
}
