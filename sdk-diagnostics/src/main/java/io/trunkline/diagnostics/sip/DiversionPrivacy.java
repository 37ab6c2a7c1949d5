package io.trunkline.diagnostics.sip;

import java.util.Locale;
import java.util.Optional;

/** How much of the diverting party the Diversion header asks to keep private (RFC 5806 {@code privacy}). */
public enum DiversionPrivacy {
    /** Keep both name and URI private. */
    FULL,
    /** Keep the display name private. */
    NAME,
    /** Keep the URI private. */
    URI,
    /** Nothing is private. */
    OFF;

    /** @return the token written on the wire, e.g. {@code "off"} */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a token up, ignoring case.
     *
     * @param token the wire token
     * @return the privacy value, if RFC 5806 defines the token
     */
    public static Optional<DiversionPrivacy> fromToken(String token) {
        for (DiversionPrivacy privacy : values()) {
            if (privacy.token().equalsIgnoreCase(token)) {
                return Optional.of(privacy);
            }
        }
        return Optional.empty();
    }
}
