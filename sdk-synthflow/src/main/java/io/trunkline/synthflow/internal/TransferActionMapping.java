package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;

/**
 * Translates the engine's transfer action into Synthflow's {@code LIVE_TRANSFER} body (direct-phone
 * variant). Two settings are deliberately never sent: {@code cold_transfer} (SIP REFER, which Aircall
 * rejects) and {@code preserve_caller_id} (Synthflow documents that it makes the call fail on numbers
 * not bought through Synthflow's Twilio account, which an Aircall DID is not).
 * {@code summarization_prompt} is left to Synthflow's default too: the plan carries no such text and
 * Trunkline does not write prose on the user's behalf.
 */
public final class TransferActionMapping {

    private TransferActionMapping() {
    }

    /**
     * @param spec the desired action
     * @return the {@code LIVE_TRANSFER} configuration
     * @throws InvalidConfigurationException when the mode is cold, or the action lacks its
     *     instructions or initiating message (both required by Synthflow)
     */
    public static LiveTransferConfig liveTransfer(AgentPlatform.TransferActionSpec spec) {
        LiveTransferConfig.Builder b = LiveTransferConfig.builder()
                .phone(spec.phone().e164())
                .transferMode(wireMode(spec.mode(), spec.name()));
        if (spec.instructions() != null) {
            b.instructions(spec.instructions());
        }
        if (spec.initiatingMessage() != null) {
            b.initiatingMsg(spec.initiatingMessage());
        }
        if (spec.timeout() != null) {
            b.timeout(Math.toIntExact(spec.timeout().toSeconds()));
        }
        return b.build();
    }

    private static io.trunkline.synthflow.internal.wire.TransferMode wireMode(TransferMode mode, String actionName) {
        if (mode == TransferMode.WARM) {
            return io.trunkline.synthflow.internal.wire.TransferMode.WARM_TRANSFER;
        }
        if (mode == TransferMode.WARM_WITH_CONTEXT) {
            return io.trunkline.synthflow.internal.wire.TransferMode.WARM_TRANSFER_WITH_CONTEXT;
        }
        throw new InvalidConfigurationException("transfer action \"" + actionName + "\" uses a cold transfer, which "
                + "Synthflow performs with SIP REFER; Aircall does not support SIP REFER, so the call would be lost. "
                + "Use TransferMode.WARM or TransferMode.WARM_WITH_CONTEXT (a new INVITE to Aircall)");
    }

    /**
     * @param wire a {@code transfer_mode} value, may be {@code null}
     * @return the domain mode, or {@code null} when absent or unknown (so it is not compared)
     */
    public static TransferMode domainMode(String wire) {
        if (wire == null) {
            return null;
        }
        switch (wire) {
            case "warm_transfer":
                return TransferMode.WARM;
            case "warm_transfer_with_context":
                return TransferMode.WARM_WITH_CONTEXT;
            case "cold_transfer":
                return TransferMode.COLD;
            default:
                return null;
        }
    }
}
