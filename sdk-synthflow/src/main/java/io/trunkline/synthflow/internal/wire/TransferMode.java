package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a {@code LIVE_TRANSFER} hands the call over ({@code transfer_mode}).
 */
public enum TransferMode {
    /** Blind transfer by SIP REFER. <strong>Aircall does not support REFER</strong>: do not use it there. */
    COLD_TRANSFER,
    /** A new SIP INVITE to the target, with a message to the caller. */
    WARM_TRANSFER,
    /** A new SIP INVITE, and the target hears a summary ({@code summarization_prompt}). */
    WARM_TRANSFER_WITH_CONTEXT;

    /** @return the JSON value, e.g. {@code warm_transfer_with_context} */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
