package io.trunkline.diagnostics.sip;

import java.util.Locale;
import java.util.Optional;

/** Why a call was diverted: the {@code reason} values RFC 5806 defines for the Diversion header. */
public enum DiversionReason {
    /** The reason is not known. */
    UNKNOWN,
    /** The called user was busy. */
    USER_BUSY,
    /** The called user did not answer in time. */
    NO_ANSWER,
    /** The called user was unavailable (e.g. not registered). */
    UNAVAILABLE,
    /** The call is always forwarded. */
    UNCONDITIONAL,
    /** Forwarded by a time-of-day rule, e.g. outside business hours. */
    TIME_OF_DAY,
    /** The called user set do-not-disturb. */
    DO_NOT_DISTURB,
    /** The called user deflected the call while it rang. */
    DEFLECTION,
    /** Forwarded by a follow-me service. */
    FOLLOW_ME,
    /** The called service is out of service. */
    OUT_OF_SERVICE,
    /** The called user is away. */
    AWAY;

    /** @return the token written on the wire, e.g. {@code "user-busy"} */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Looks a token up, ignoring case.
     *
     * @param token the wire token, e.g. {@code "no-answer"}
     * @return the reason, if RFC 5806 defines the token
     */
    public static Optional<DiversionReason> fromToken(String token) {
        for (DiversionReason reason : values()) {
            if (reason.token().equalsIgnoreCase(token)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
