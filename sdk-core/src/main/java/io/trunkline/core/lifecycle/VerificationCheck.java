package io.trunkline.core.lifecycle;

import java.util.Objects;

/**
 * One check of {@link IntegrationEngine#verify}: what was checked, the result, and why.
 *
 * @param name what was checked, e.g. {@code registration}
 * @param status passed, failed, pending or not verifiable by API
 * @param reason why, with what to do when it failed
 */
public record VerificationCheck(String name, Status status, String reason) {

    /** The result of a check. */
    public enum Status {
        /** Verified. */
        PASSED,
        /** Verified wrong; the reason says what to fix. */
        FAILED,
        /** Not verifiable yet (a manual step awaits a person). */
        PENDING,
        /**
         * No vendor API can show it (e.g. SIP registration); the reason says what proves it, such as
         * a test call. Never reported as passed.
         */
        NOT_VERIFIABLE
    }

    /** Checks for nulls. */
    public VerificationCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
