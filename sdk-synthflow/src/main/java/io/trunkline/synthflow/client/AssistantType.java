package io.trunkline.synthflow.client;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An assistant's {@code type}, fixed at creation. */
public enum AssistantType {
    /** Answers calls to its bound number; what Aircall routing needs. */
    INBOUND,
    /** Places calls. */
    OUTBOUND,
    /** Web widget. */
    WIDGET;

    /** @return the JSON value, e.g. {@code inbound} */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
