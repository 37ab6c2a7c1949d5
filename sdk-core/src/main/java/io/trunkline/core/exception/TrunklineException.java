package io.trunkline.core.exception;

/**
 * Root of every exception Trunkline throws. All are unchecked; catch this type to handle any
 * Trunkline failure, or a subtype to react to one kind. Messages never contain secret values.
 */
public class TrunklineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do next
     */
    public TrunklineException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do next
     * @param cause the underlying failure
     */
    public TrunklineException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether doing the same thing again, unchanged, may succeed (the failure was transient: a
     * vendor's 429 or 5xx, a lost connection, a lock held too long). False by default: most failures
     * need a change first, which the message names.
     *
     * @return whether a later retry may succeed
     */
    public boolean retryable() {
        return false;
    }
}
