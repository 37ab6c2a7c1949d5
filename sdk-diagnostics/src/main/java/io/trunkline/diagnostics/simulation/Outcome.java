package io.trunkline.diagnostics.simulation;

/** Where a simulated call ends up. */
public enum Outcome {
    /** The AI answered and kept the call. */
    HANDLED_BY_AI,
    /** The AI transferred the call to an Aircall line, which answered (its own Smartflow routes it). */
    TRANSFERRED_TO_LINE,
    /** The AI transferred the call, through a line, to an Aircall team, which answered. */
    TRANSFERRED_TO_TEAM,
    /** The AI transferred the call, through a line, to an Aircall user, who answered. */
    TRANSFERRED_TO_USER,
    /** The AI tried to transfer, the target did not answer, and the call stayed with the AI. */
    TRANSFER_UNANSWERED,
    /** The AI did not answer in time; the forward step's fallback rang a team. */
    FALLBACK_TEAM,
    /** The AI did not answer in time; the forward step's fallback rang a user. */
    FALLBACK_USER,
    /** The call went to voicemail, as a fallback or as a Smartflow step. */
    VOICEMAIL,
    /** A Smartflow step (not a fallback) rang a team, which answered. */
    ROUTED_TO_TEAM,
    /** A Smartflow step (not a fallback) rang a user, who answered. */
    ROUTED_TO_USER,
    /** The call ran out of steps without being answered (e.g. an empty Business Hours branch). */
    NO_ROUTE
}
