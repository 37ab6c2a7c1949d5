package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code provider_name} values Synthflow documents for imported numbers. There is no
 * {@code aircall} value: an Aircall DID is a {@link #CUSTOM} (bring-your-own SIP trunk) number.
 */
public enum ProviderName {
    /** {@code twilio}. */
    TWILIO("twilio", true),
    /** {@code telnyx}. */
    TELNYX("telnyx", true),
    /** {@code vonage}. */
    VONAGE("vonage", true),
    /** {@code ring_central}. */
    RING_CENTRAL("ring_central", true),
    /** {@code ringcx}; SIP domain filled in by Synthflow. */
    RINGCX("ringcx", false),
    /** {@code custom}: a bring-your-own SIP trunk, e.g. Aircall. */
    CUSTOM("custom", true),
    /** {@code zoom}; SIP domain filled in by Synthflow. */
    ZOOM("zoom", false),
    /** {@code five9}; SIP domain filled in by Synthflow. */
    FIVE9("five9", false);

    private final String wireName;
    private final boolean needsTerminationUri;

    ProviderName(String wireName, boolean needsTerminationUri) {
        this.wireName = wireName;
        this.needsTerminationUri = needsTerminationUri;
    }

    /** @return the JSON value, e.g. {@code ring_central} */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** @return whether Synthflow answers 400 when {@code termination_uri} is missing for this provider */
    public boolean needsTerminationUri() {
        return needsTerminationUri;
    }
}
