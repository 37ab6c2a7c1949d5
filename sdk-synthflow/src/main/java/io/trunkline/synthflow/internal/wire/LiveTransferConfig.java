package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code LIVE_TRANSFER} action: hand the caller to a human. Sent as
 * {@code {"LIVE_TRANSFER": {…}}} by {@link io.trunkline.synthflow.internal.SynthflowEndpoints#createAction} and
 * {@link io.trunkline.synthflow.internal.SynthflowEndpoints#updateAction}. Exactly one destination: {@code phone} (direct) or
 * {@code phone_book_id}. Whether {@code phone} accepts a {@code sip:} URI is undocumented.
 *
 * <p>For Aircall use a warm mode: {@code cold_transfer} is a SIP REFER, which Aircall does not
 * support. Leave {@code preserve_caller_id} unset for custom numbers: Synthflow documents that it only
 * works for numbers bought through its Twilio account and makes other calls fail.
 *
 * @param phone {@code phone}: the number to call for the transfer (direct variant)
 * @param phoneBookId {@code phone_book_id}: the phone book to use (phone-book variant)
 * @param transferMode {@code transfer_mode}: cold, warm, or warm with context
 * @param instructions {@code instructions}: when to transfer, e.g. "caller asks for a human"
 * @param initiatingMsg {@code initiating_msg}: said to the caller before the transfer starts
 * @param messageToTransferTarget {@code message_to_transfer_target}: whispered to the human who answers
 * @param timeout {@code timeout}: how long to try, in seconds
 * @param digits {@code digits}: extension DTMF digits
 * @param goodbyeMsg {@code goodbye_msg}: said when the transfer completes
 * @param failedMsg {@code failed_msg}: said if nobody answers before the timeout
 * @param enableBackgroundMusic {@code enable_background_music}: hold music; documented on updates only
 * @param stopRecordingAfterTransfer {@code stop_recording_after_transfer}: stop recording once transferred
 * @param humanDetection {@code human_detection}: detect a human before bridging
 * @param humanDetectionTimeoutSeconds {@code human_detection_timeout_seconds}: 30 to 1800 seconds
 * @param summarizationPrompt {@code summarization_prompt}: how to summarise for {@code warm_transfer_with_context}
 * @param preserveCallerId {@code preserve_caller_id}: keep the caller's id; do not set for custom (Aircall) numbers
 * @param screened {@code screened}: the target first talks to the AI and may decline
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveTransferConfig(
        String phone,
        String phoneBookId,
        TransferMode transferMode,
        String instructions,
        String initiatingMsg,
        String messageToTransferTarget,
        Integer timeout,
        String digits,
        String goodbyeMsg,
        String failedMsg,
        Boolean enableBackgroundMusic,
        Boolean stopRecordingAfterTransfer,
        Boolean humanDetection,
        Integer humanDetectionTimeoutSeconds,
        String summarizationPrompt,
        Boolean preserveCallerId,
        Boolean screened) {

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.phone = phone;
        b.phoneBookId = phoneBookId;
        b.transferMode = transferMode;
        b.instructions = instructions;
        b.initiatingMsg = initiatingMsg;
        b.messageToTransferTarget = messageToTransferTarget;
        b.timeout = timeout;
        b.digits = digits;
        b.goodbyeMsg = goodbyeMsg;
        b.failedMsg = failedMsg;
        b.enableBackgroundMusic = enableBackgroundMusic;
        b.stopRecordingAfterTransfer = stopRecordingAfterTransfer;
        b.humanDetection = humanDetection;
        b.humanDetectionTimeoutSeconds = humanDetectionTimeoutSeconds;
        b.summarizationPrompt = summarizationPrompt;
        b.preserveCallerId = preserveCallerId;
        b.screened = screened;
        return b;
    }

    /** Builds a {@link LiveTransferConfig}; unset optional fields are left out of the JSON. */
    public static final class Builder {

        private String phone;
        private String phoneBookId;
        private TransferMode transferMode;
        private String instructions;
        private String initiatingMsg;
        private String messageToTransferTarget;
        private Integer timeout;
        private String digits;
        private String goodbyeMsg;
        private String failedMsg;
        private Boolean enableBackgroundMusic;
        private Boolean stopRecordingAfterTransfer;
        private Boolean humanDetection;
        private Integer humanDetectionTimeoutSeconds;
        private String summarizationPrompt;
        private Boolean preserveCallerId;
        private Boolean screened;

        private Builder() {
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone the number to call for the transfer (direct variant)
         * @return this builder
         */
        public Builder phone(String phone) {
            this.phone = Objects.requireNonNull(phone, "phone");
            return this;
        }

        /**
         * Sets {@code phone_book_id}.
         *
         * @param phoneBookId the phone book to use (phone-book variant)
         * @return this builder
         */
        public Builder phoneBookId(String phoneBookId) {
            this.phoneBookId = Objects.requireNonNull(phoneBookId, "phoneBookId");
            return this;
        }

        /**
         * Sets {@code transfer_mode}. Required.
         *
         * @param transferMode cold, warm, or warm with context
         * @return this builder
         */
        public Builder transferMode(TransferMode transferMode) {
            this.transferMode = Objects.requireNonNull(transferMode, "transferMode");
            return this;
        }

        /**
         * Sets {@code instructions}. Required.
         *
         * @param instructions when to transfer, e.g. "caller asks for a human"
         * @return this builder
         */
        public Builder instructions(String instructions) {
            this.instructions = Objects.requireNonNull(instructions, "instructions");
            return this;
        }

        /**
         * Sets {@code initiating_msg}. Required.
         *
         * @param initiatingMsg said to the caller before the transfer starts
         * @return this builder
         */
        public Builder initiatingMsg(String initiatingMsg) {
            this.initiatingMsg = Objects.requireNonNull(initiatingMsg, "initiatingMsg");
            return this;
        }

        /**
         * Sets {@code message_to_transfer_target}.
         *
         * @param messageToTransferTarget whispered to the human who answers
         * @return this builder
         */
        public Builder messageToTransferTarget(String messageToTransferTarget) {
            this.messageToTransferTarget = Objects.requireNonNull(messageToTransferTarget, "messageToTransferTarget");
            return this;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param timeout how long to try, in seconds
         * @return this builder
         */
        public Builder timeout(Integer timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets {@code digits}.
         *
         * @param digits extension DTMF digits
         * @return this builder
         */
        public Builder digits(String digits) {
            this.digits = Objects.requireNonNull(digits, "digits");
            return this;
        }

        /**
         * Sets {@code goodbye_msg}.
         *
         * @param goodbyeMsg said when the transfer completes
         * @return this builder
         */
        public Builder goodbyeMsg(String goodbyeMsg) {
            this.goodbyeMsg = Objects.requireNonNull(goodbyeMsg, "goodbyeMsg");
            return this;
        }

        /**
         * Sets {@code failed_msg}.
         *
         * @param failedMsg said if nobody answers before the timeout
         * @return this builder
         */
        public Builder failedMsg(String failedMsg) {
            this.failedMsg = Objects.requireNonNull(failedMsg, "failedMsg");
            return this;
        }

        /**
         * Sets {@code enable_background_music}.
         *
         * @param enableBackgroundMusic hold music; documented on updates only
         * @return this builder
         */
        public Builder enableBackgroundMusic(Boolean enableBackgroundMusic) {
            this.enableBackgroundMusic = Objects.requireNonNull(enableBackgroundMusic, "enableBackgroundMusic");
            return this;
        }

        /**
         * Sets {@code stop_recording_after_transfer}.
         *
         * @param stopRecordingAfterTransfer stop recording once transferred
         * @return this builder
         */
        public Builder stopRecordingAfterTransfer(Boolean stopRecordingAfterTransfer) {
            this.stopRecordingAfterTransfer = Objects.requireNonNull(stopRecordingAfterTransfer, "stopRecordingAfterTransfer");
            return this;
        }

        /**
         * Sets {@code human_detection}.
         *
         * @param humanDetection detect a human before bridging
         * @return this builder
         */
        public Builder humanDetection(Boolean humanDetection) {
            this.humanDetection = Objects.requireNonNull(humanDetection, "humanDetection");
            return this;
        }

        /**
         * Sets {@code human_detection_timeout_seconds}.
         *
         * @param humanDetectionTimeoutSeconds 30 to 1800 seconds
         * @return this builder
         */
        public Builder humanDetectionTimeoutSeconds(Integer humanDetectionTimeoutSeconds) {
            this.humanDetectionTimeoutSeconds = Objects.requireNonNull(humanDetectionTimeoutSeconds, "humanDetectionTimeoutSeconds");
            return this;
        }

        /**
         * Sets {@code summarization_prompt}.
         *
         * @param summarizationPrompt how to summarise for {@code warm_transfer_with_context}
         * @return this builder
         */
        public Builder summarizationPrompt(String summarizationPrompt) {
            this.summarizationPrompt = Objects.requireNonNull(summarizationPrompt, "summarizationPrompt");
            return this;
        }

        /**
         * Sets {@code preserve_caller_id}.
         *
         * @param preserveCallerId keep the caller's id; do not set for custom (Aircall) numbers
         * @return this builder
         */
        public Builder preserveCallerId(Boolean preserveCallerId) {
            this.preserveCallerId = Objects.requireNonNull(preserveCallerId, "preserveCallerId");
            return this;
        }

        /**
         * Sets {@code screened}.
         *
         * @param screened the target first talks to the AI and may decline
         * @return this builder
         */
        public Builder screened(Boolean screened) {
            this.screened = Objects.requireNonNull(screened, "screened");
            return this;
        }

        /**
         * @return the LiveTransferConfig
         * @throws InvalidConfigurationException listing every missing or impossible value
         */
        public LiveTransferConfig build() {
            List<String> problems = new ArrayList<>();
            if (transferMode == null) {
                problems.add("LiveTransferConfig.transferMode (transfer_mode) is required");
            }
            if (instructions == null) {
                problems.add("LiveTransferConfig.instructions (instructions) is required");
            }
            if (initiatingMsg == null) {
                problems.add("LiveTransferConfig.initiatingMsg (initiating_msg) is required");
            }
            if ((phone == null) == (phoneBookId == null)) {
                problems.add("LiveTransferConfig: set exactly one destination, phone (phone) or phoneBookId (phone_book_id)");
            }
            if (humanDetectionTimeoutSeconds != null && (humanDetectionTimeoutSeconds < 30 || humanDetectionTimeoutSeconds > 1800)) {
                problems.add("LiveTransferConfig.humanDetectionTimeoutSeconds must be 30 to 1800, got "
                             + humanDetectionTimeoutSeconds);
            }
            if (timeout != null && timeout <= 0) {
                problems.add("LiveTransferConfig.timeout must be positive, got " + timeout);
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new LiveTransferConfig(phone, phoneBookId, transferMode, instructions, initiatingMsg, messageToTransferTarget, timeout, digits, goodbyeMsg, failedMsg, enableBackgroundMusic, stopRecordingAfterTransfer, humanDetection, humanDetectionTimeoutSeconds, summarizationPrompt, preserveCallerId, screened);
        }
    }
}
