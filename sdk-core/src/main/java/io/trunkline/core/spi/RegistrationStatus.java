package io.trunkline.core.spi;

/**
 * Whether the SIP trunk behind a number is ready to take calls.
 *
 * @param state registered, pending or failed
 * @param detail what the platform shows, for the report
 */
public record RegistrationStatus(State state, String detail) {

    /** The registration state. */
    public enum State {
        /** The trunk is up; calls can flow. */
        REGISTERED,
        /** Still settling (the guide: 1–2 minutes after attaching the number). */
        PENDING,
        /** It will not settle without a fix; {@link #detail()} says why. */
        FAILED
    }

    /** @param detail what the platform shows @return a registered status */
    public static RegistrationStatus registered(String detail) {
        return new RegistrationStatus(State.REGISTERED, detail);
    }

    /** @param detail what the platform shows @return a pending status */
    public static RegistrationStatus pending(String detail) {
        return new RegistrationStatus(State.PENDING, detail);
    }

    /** @param detail why it failed @return a failed status */
    public static RegistrationStatus failed(String detail) {
        return new RegistrationStatus(State.FAILED, detail);
    }
}
