package io.trunkline.diagnostics.internal.sip;

/**
 * Bytes received where a SIP response was expected do not form one. Checked and internal: the
 * transactions turn it into an {@code INVALID_RESPONSE} outcome or discard the datagram; it never
 * reaches callers.
 */
public final class MalformedMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong, without echoing raw peer bytes */
    public MalformedMessageException(String problem) {
        super(problem);
    }
}
