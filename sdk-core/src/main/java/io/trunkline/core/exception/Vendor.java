package io.trunkline.core.exception;

/**
 * The vendors Trunkline talks to, as named on every {@link VendorException}. Switch on it to react
 * to one vendor's failures, e.g. to page a different on-call team.
 */
public enum Vendor {

    /** Synthflow, the AI voice agent platform. */
    SYNTHFLOW("Synthflow"),

    /** Aircall, the contact center. */
    AIRCALL("Aircall");

    private final String displayName;

    Vendor(String displayName) {
        this.displayName = displayName;
    }

    /** @return the vendor's name as its users write it, e.g. {@code "Aircall"}; messages use it */
    public String displayName() {
        return displayName;
    }
}
