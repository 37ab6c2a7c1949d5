package io.trunkline.synthflow.client;

/**
 * The action types Synthflow documents. In a create/update body the type is the single top-level
 * key, e.g. {@code {"LIVE_TRANSFER": {…}}}; in answers it is the {@code action_type} string.
 */
public enum ActionType {
    /** {@code REAL_TIME_BOOKING}. */
    REAL_TIME_BOOKING,
    /** {@code INFORMATION_EXTRACTOR}. */
    INFORMATION_EXTRACTOR,
    /** {@code LIVE_TRANSFER}: hand the call to a human. */
    LIVE_TRANSFER,
    /** {@code SEND_SMS}. */
    SEND_SMS,
    /** {@code INCALL_SMS}. */
    INCALL_SMS,
    /** {@code INCALL_WHATSAPP}. */
    INCALL_WHATSAPP,
    /** {@code CUSTOM_ACTION}. */
    CUSTOM_ACTION,
    /** {@code CUSTOM_EVAL}. */
    CUSTOM_EVAL
}
