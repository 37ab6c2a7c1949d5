package io.trunkline.core.model;

/**
 * How the AI hands a call to a human. Aircall does not support SIP REFER, so only the warm modes,
 * which place a new SIP INVITE towards Aircall, work with Aircall.
 */
public enum TransferMode {
    /** Warm transfer with a message: a new INVITE to the target. */
    WARM,
    /** Warm transfer with a summary of the conversation: a new INVITE to the target. */
    WARM_WITH_CONTEXT,
    /** Cold (blind) transfer: a SIP REFER. Not supported by Aircall; refused by validation. */
    COLD
}
