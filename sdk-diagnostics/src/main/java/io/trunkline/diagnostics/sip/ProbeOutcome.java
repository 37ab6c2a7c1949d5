package io.trunkline.diagnostics.sip;

/** How a {@link SipProbe} ended. */
public enum ProbeOutcome {
    /** The peer answered the OPTIONS request with a 2xx. */
    REACHABLE,
    /** The peer answered, but with a final status of 300 or more; the SIP port itself is reachable. */
    SIP_ERROR,
    /** Nothing answered within the transaction timeout (Timer F): often a firewall dropping SIP. */
    NO_ANSWER,
    /** The host actively refused: ICMP port unreachable over UDP, connection refused over TCP/TLS. */
    REFUSED,
    /** The TLS handshake failed: untrusted certificate, host name mismatch, or not a TLS port. */
    TLS_HANDSHAKE_FAILED,
    /** The host name could not be resolved. */
    UNKNOWN_HOST,
    /** Something answered, but not with a well-formed SIP response. */
    INVALID_RESPONSE,
    /** The connection failed after it was made, e.g. reset or closed before a final response. */
    TRANSPORT_ERROR;

    /** @return whether a SIP peer answered at all ({@link #REACHABLE} or {@link #SIP_ERROR}) */
    public boolean sipPeerAnswered() {
        return this == REACHABLE || this == SIP_ERROR;
    }
}
