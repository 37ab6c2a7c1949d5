package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * The {@code agent} object of an assistant: prompt, voice, language and conversation behaviour. Used
 * both in requests and in {@code GET /assistants} answers. Fields the OpenAPI documents with enums
 * ({@code llm}, {@code language}, {@code greeting_message_mode}…) are strings because Synthflow's own
 * examples use values outside the published enums. Voice tuning fields not listed here are not
 * modelled yet (unknown answer fields are ignored). {@code voice_engine_version}, which the Aircall
 * guide's "v2.0+" refers to, is not in the OpenAPI and is deliberately absent.
 *
 * @param prompt {@code prompt}: the system prompt; supports {@code {variable}} placeholders
 * @param greetingMessage {@code greeting_message}: the first sentence
 * @param greetingMessageMode {@code greeting_message_mode}: {@code human}, {@code agent_static} or {@code agent_dynamic}
 * @param llm {@code llm}: the model, e.g. {@code gpt-4.1-mini}
 * @param language {@code language}: the language, e.g. {@code fr-FR} or {@code multi}
 * @param voiceId {@code voice_id}: the voice
 * @param timezone {@code timezone}: IANA time zone (Synthflow default {@code Europe/Berlin})
 * @param transcriberProvider {@code transcriber_provider}: {@code deepgram}, {@code deepgram-nova-3} or {@code synthflow-stt}
 * @param voiceSynthesizer {@code voice_synthesizer}: e.g. {@code eleven_turbo_v2_5}
 * @param patienceLevel {@code patience_level}: {@code low}, {@code medium} or {@code high}
 * @param minWordsToInterrupt {@code min_words_to_interrupt}: {@code "0"} to {@code "5"} (strings, as documented)
 * @param ringPauseSeconds {@code ring_pause_seconds}: pause before answering
 * @param allowedIdleTimeSeconds {@code allowed_idle_time_seconds}: idle time allowed
 * @param initialPauseSeconds {@code initial_pause_seconds}: pause before greeting
 * @param endCallReasonsV2 {@code end_call_reasons_v2}: when to end calls
 * @param noiseCancellation {@code noise_cancellation}: {@code standard} or {@code advanced}
 * @param backgroundNoise {@code background_noise}: background noise
 * @param realisticFillerWords {@code realistic_filler_words}: filler words
 * @param isTranscriptDisabled {@code is_transcript_disabled}: transcript switch
 * @param redactPii {@code redact_pii}: PII redaction
 * @param sendUserIdleReminders {@code send_user_idle_reminders}: idle reminders (Synthflow default false)
 * @param reminderAfterIdleTimeSeconds {@code reminder_after_idle_time_seconds}: seconds before an idle reminder
 * @param reminderAfterIdleMessage {@code reminder_after_idle_message}: the idle reminder
 * @param consentMessage {@code consent_message}: consent message (create only per the OpenAPI)
 * @param isConsentEnabled {@code is_consent_enabled}: consent switch (create only per the OpenAPI)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agent(
        String prompt,
        String greetingMessage,
        String greetingMessageMode,
        String llm,
        String language,
        String voiceId,
        String timezone,
        String transcriberProvider,
        String voiceSynthesizer,
        String patienceLevel,
        String minWordsToInterrupt,
        Integer ringPauseSeconds,
        Integer allowedIdleTimeSeconds,
        Integer initialPauseSeconds,
        List<EndCallReason> endCallReasonsV2,
        String noiseCancellation,
        BackgroundNoise backgroundNoise,
        Boolean realisticFillerWords,
        Boolean isTranscriptDisabled,
        Boolean redactPii,
        Boolean sendUserIdleReminders,
        Integer reminderAfterIdleTimeSeconds,
        String reminderAfterIdleMessage,
        String consentMessage,
        Boolean isConsentEnabled) {

    /** Copies collections so the record stays immutable. */
    public Agent {
        endCallReasonsV2 = endCallReasonsV2 == null ? null : List.copyOf(endCallReasonsV2);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.prompt = prompt;
        b.greetingMessage = greetingMessage;
        b.greetingMessageMode = greetingMessageMode;
        b.llm = llm;
        b.language = language;
        b.voiceId = voiceId;
        b.timezone = timezone;
        b.transcriberProvider = transcriberProvider;
        b.voiceSynthesizer = voiceSynthesizer;
        b.patienceLevel = patienceLevel;
        b.minWordsToInterrupt = minWordsToInterrupt;
        b.ringPauseSeconds = ringPauseSeconds;
        b.allowedIdleTimeSeconds = allowedIdleTimeSeconds;
        b.initialPauseSeconds = initialPauseSeconds;
        b.endCallReasonsV2 = endCallReasonsV2;
        b.noiseCancellation = noiseCancellation;
        b.backgroundNoise = backgroundNoise;
        b.realisticFillerWords = realisticFillerWords;
        b.isTranscriptDisabled = isTranscriptDisabled;
        b.redactPii = redactPii;
        b.sendUserIdleReminders = sendUserIdleReminders;
        b.reminderAfterIdleTimeSeconds = reminderAfterIdleTimeSeconds;
        b.reminderAfterIdleMessage = reminderAfterIdleMessage;
        b.consentMessage = consentMessage;
        b.isConsentEnabled = isConsentEnabled;
        return b;
    }

    /** Builds a {@link Agent}; unset optional fields are left out of the JSON. */
    public static final class Builder {

        private String prompt;
        private String greetingMessage;
        private String greetingMessageMode;
        private String llm;
        private String language;
        private String voiceId;
        private String timezone;
        private String transcriberProvider;
        private String voiceSynthesizer;
        private String patienceLevel;
        private String minWordsToInterrupt;
        private Integer ringPauseSeconds;
        private Integer allowedIdleTimeSeconds;
        private Integer initialPauseSeconds;
        private List<EndCallReason> endCallReasonsV2;
        private String noiseCancellation;
        private BackgroundNoise backgroundNoise;
        private Boolean realisticFillerWords;
        private Boolean isTranscriptDisabled;
        private Boolean redactPii;
        private Boolean sendUserIdleReminders;
        private Integer reminderAfterIdleTimeSeconds;
        private String reminderAfterIdleMessage;
        private String consentMessage;
        private Boolean isConsentEnabled;

        private Builder() {
        }

        /**
         * Sets {@code prompt}.
         *
         * @param prompt the system prompt; supports {@code {variable}} placeholders
         * @return this builder
         */
        public Builder prompt(String prompt) {
            this.prompt = Objects.requireNonNull(prompt, "prompt");
            return this;
        }

        /**
         * Sets {@code greeting_message}.
         *
         * @param greetingMessage the first sentence
         * @return this builder
         */
        public Builder greetingMessage(String greetingMessage) {
            this.greetingMessage = Objects.requireNonNull(greetingMessage, "greetingMessage");
            return this;
        }

        /**
         * Sets {@code greeting_message_mode}.
         *
         * @param greetingMessageMode {@code human}, {@code agent_static} or {@code agent_dynamic}
         * @return this builder
         */
        public Builder greetingMessageMode(String greetingMessageMode) {
            this.greetingMessageMode = Objects.requireNonNull(greetingMessageMode, "greetingMessageMode");
            return this;
        }

        /**
         * Sets {@code llm}.
         *
         * @param llm the model, e.g. {@code gpt-4.1-mini}
         * @return this builder
         */
        public Builder llm(String llm) {
            this.llm = Objects.requireNonNull(llm, "llm");
            return this;
        }

        /**
         * Sets {@code language}.
         *
         * @param language the language, e.g. {@code fr-FR} or {@code multi}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets {@code voice_id}.
         *
         * @param voiceId the voice
         * @return this builder
         */
        public Builder voiceId(String voiceId) {
            this.voiceId = Objects.requireNonNull(voiceId, "voiceId");
            return this;
        }

        /**
         * Sets {@code timezone}.
         *
         * @param timezone IANA time zone (Synthflow default {@code Europe/Berlin})
         * @return this builder
         */
        public Builder timezone(String timezone) {
            this.timezone = Objects.requireNonNull(timezone, "timezone");
            return this;
        }

        /**
         * Sets {@code transcriber_provider}.
         *
         * @param transcriberProvider {@code deepgram}, {@code deepgram-nova-3} or {@code synthflow-stt}
         * @return this builder
         */
        public Builder transcriberProvider(String transcriberProvider) {
            this.transcriberProvider = Objects.requireNonNull(transcriberProvider, "transcriberProvider");
            return this;
        }

        /**
         * Sets {@code voice_synthesizer}.
         *
         * @param voiceSynthesizer e.g. {@code eleven_turbo_v2_5}
         * @return this builder
         */
        public Builder voiceSynthesizer(String voiceSynthesizer) {
            this.voiceSynthesizer = Objects.requireNonNull(voiceSynthesizer, "voiceSynthesizer");
            return this;
        }

        /**
         * Sets {@code patience_level}.
         *
         * @param patienceLevel {@code low}, {@code medium} or {@code high}
         * @return this builder
         */
        public Builder patienceLevel(String patienceLevel) {
            this.patienceLevel = Objects.requireNonNull(patienceLevel, "patienceLevel");
            return this;
        }

        /**
         * Sets {@code min_words_to_interrupt}.
         *
         * @param minWordsToInterrupt {@code "0"} to {@code "5"} (strings, as documented)
         * @return this builder
         */
        public Builder minWordsToInterrupt(String minWordsToInterrupt) {
            this.minWordsToInterrupt = Objects.requireNonNull(minWordsToInterrupt, "minWordsToInterrupt");
            return this;
        }

        /**
         * Sets {@code ring_pause_seconds}.
         *
         * @param ringPauseSeconds pause before answering
         * @return this builder
         */
        public Builder ringPauseSeconds(Integer ringPauseSeconds) {
            this.ringPauseSeconds = Objects.requireNonNull(ringPauseSeconds, "ringPauseSeconds");
            return this;
        }

        /**
         * Sets {@code allowed_idle_time_seconds}.
         *
         * @param allowedIdleTimeSeconds idle time allowed
         * @return this builder
         */
        public Builder allowedIdleTimeSeconds(Integer allowedIdleTimeSeconds) {
            this.allowedIdleTimeSeconds = Objects.requireNonNull(allowedIdleTimeSeconds, "allowedIdleTimeSeconds");
            return this;
        }

        /**
         * Sets {@code initial_pause_seconds}.
         *
         * @param initialPauseSeconds pause before greeting
         * @return this builder
         */
        public Builder initialPauseSeconds(Integer initialPauseSeconds) {
            this.initialPauseSeconds = Objects.requireNonNull(initialPauseSeconds, "initialPauseSeconds");
            return this;
        }

        /**
         * Sets {@code end_call_reasons_v2}.
         *
         * @param endCallReasonsV2 when to end calls
         * @return this builder
         */
        public Builder endCallReasonsV2(List<EndCallReason> endCallReasonsV2) {
            this.endCallReasonsV2 = Objects.requireNonNull(endCallReasonsV2, "endCallReasonsV2");
            return this;
        }

        /**
         * Sets {@code noise_cancellation}.
         *
         * @param noiseCancellation {@code standard} or {@code advanced}
         * @return this builder
         */
        public Builder noiseCancellation(String noiseCancellation) {
            this.noiseCancellation = Objects.requireNonNull(noiseCancellation, "noiseCancellation");
            return this;
        }

        /**
         * Sets {@code background_noise}.
         *
         * @param backgroundNoise background noise
         * @return this builder
         */
        public Builder backgroundNoise(BackgroundNoise backgroundNoise) {
            this.backgroundNoise = Objects.requireNonNull(backgroundNoise, "backgroundNoise");
            return this;
        }

        /**
         * Sets {@code realistic_filler_words}.
         *
         * @param realisticFillerWords filler words
         * @return this builder
         */
        public Builder realisticFillerWords(Boolean realisticFillerWords) {
            this.realisticFillerWords = Objects.requireNonNull(realisticFillerWords, "realisticFillerWords");
            return this;
        }

        /**
         * Sets {@code is_transcript_disabled}.
         *
         * @param isTranscriptDisabled transcript switch
         * @return this builder
         */
        public Builder isTranscriptDisabled(Boolean isTranscriptDisabled) {
            this.isTranscriptDisabled = Objects.requireNonNull(isTranscriptDisabled, "isTranscriptDisabled");
            return this;
        }

        /**
         * Sets {@code redact_pii}.
         *
         * @param redactPii PII redaction
         * @return this builder
         */
        public Builder redactPii(Boolean redactPii) {
            this.redactPii = Objects.requireNonNull(redactPii, "redactPii");
            return this;
        }

        /**
         * Sets {@code send_user_idle_reminders}.
         *
         * @param sendUserIdleReminders idle reminders (Synthflow default false)
         * @return this builder
         */
        public Builder sendUserIdleReminders(Boolean sendUserIdleReminders) {
            this.sendUserIdleReminders = Objects.requireNonNull(sendUserIdleReminders, "sendUserIdleReminders");
            return this;
        }

        /**
         * Sets {@code reminder_after_idle_time_seconds}.
         *
         * @param reminderAfterIdleTimeSeconds seconds before an idle reminder
         * @return this builder
         */
        public Builder reminderAfterIdleTimeSeconds(Integer reminderAfterIdleTimeSeconds) {
            this.reminderAfterIdleTimeSeconds = Objects.requireNonNull(reminderAfterIdleTimeSeconds, "reminderAfterIdleTimeSeconds");
            return this;
        }

        /**
         * Sets {@code reminder_after_idle_message}.
         *
         * @param reminderAfterIdleMessage the idle reminder
         * @return this builder
         */
        public Builder reminderAfterIdleMessage(String reminderAfterIdleMessage) {
            this.reminderAfterIdleMessage = Objects.requireNonNull(reminderAfterIdleMessage, "reminderAfterIdleMessage");
            return this;
        }

        /**
         * Sets {@code consent_message}.
         *
         * @param consentMessage consent message (create only per the OpenAPI)
         * @return this builder
         */
        public Builder consentMessage(String consentMessage) {
            this.consentMessage = Objects.requireNonNull(consentMessage, "consentMessage");
            return this;
        }

        /**
         * Sets {@code is_consent_enabled}.
         *
         * @param isConsentEnabled consent switch (create only per the OpenAPI)
         * @return this builder
         */
        public Builder isConsentEnabled(Boolean isConsentEnabled) {
            this.isConsentEnabled = Objects.requireNonNull(isConsentEnabled, "isConsentEnabled");
            return this;
        }

        /**
         * @return the Agent
         */
        public Agent build() {
            return new Agent(prompt, greetingMessage, greetingMessageMode, llm, language, voiceId, timezone, transcriberProvider, voiceSynthesizer, patienceLevel, minWordsToInterrupt, ringPauseSeconds, allowedIdleTimeSeconds, initialPauseSeconds, endCallReasonsV2, noiseCancellation, backgroundNoise, realisticFillerWords, isTranscriptDisabled, redactPii, sendUserIdleReminders, reminderAfterIdleTimeSeconds, reminderAfterIdleMessage, consentMessage, isConsentEnabled);
        }
    }
}
