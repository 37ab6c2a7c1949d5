package io.trunkline.core.diagnostic;

import java.util.Objects;

/**
 * The status line of a SIP response: a code from 100 to 699 and its reason phrase.
 *
 * @param code the status code, e.g. {@code 503}
 * @param reasonPhrase the peer's reason phrase, e.g. {@code "Service Unavailable"}; may be empty
 */
public record SipStatus(int code, String reasonPhrase) {

    /**
     * @param code the status code, e.g. {@code 503}
     * @param reasonPhrase the peer's reason phrase, e.g. {@code "Service Unavailable"}; may be empty
     * @throws IllegalArgumentException if {@code code} is outside 100..699
     */
    public SipStatus {
        Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        if (code < 100 || code > 699) {
            throw new IllegalArgumentException("SIP status code must be 100..699 but is " + code);
        }
    }

    /** @return whether this is a provisional (1xx) response, which never ends a transaction */
    public boolean isProvisional() {
        return code < 200;
    }

    /** @return whether this is a success (2xx) */
    public boolean isSuccess() {
        return code >= 200 && code < 300;
    }

    /**
     * Explains the code for someone wiring Aircall to Synthflow: what it usually means and what to
     * check. Codes without a specific entry get their class's meaning.
     *
     * @return a sentence, never empty
     */
    public String meaning() {
        return switch (code) {
            case 401 -> "the peer requires digest authentication: check the trunk username and password,"
                    + " or use IP allowlisting instead";
            case 403 -> "the peer refused the request: your IP may not be on its allowlist, or the account"
                    + " or caller ID is not authorised";
            case 404 -> "the peer does not know the requested user or number: check the DID is E.164 and"
                    + " configured on the peer";
            case 407 -> "a proxy requires digest authentication: check the trunk credentials";
            case 408 -> "the peer timed out waiting for a hop further on";
            case 480 -> "the destination is temporarily unavailable, e.g. not registered yet (SIP registration"
                    + " can take 1-2 minutes after attaching the number to the assistant)";
            case 486 -> "the destination is busy";
            case 488 -> "the peer does not accept the offered media: offer G.711 (u-law/A-law) or Opus";
            case 500 -> "the peer failed internally: retry later and contact its support if it persists";
            case 503 -> "the peer is overloaded, in maintenance or has no route for the request: retry later";
            case 603 -> "the peer declined: for Synthflow this usually means the account is not active";
            default -> classMeaning();
        };
    }

    private String classMeaning() {
        return switch (code / 100) {
            case 1 -> "the request is still being processed";
            case 2 -> "the request succeeded";
            case 3 -> "the peer redirects the request elsewhere (see its Contact header)";
            case 4 -> "the peer rejected the request";
            case 5 -> "the peer failed to process the request";
            default -> "the peer rejects the request everywhere (global failure)";
        };
    }

    /** @return e.g. {@code "503 Service Unavailable"} */
    @Override
    public String toString() {
        return reasonPhrase.isEmpty() ? Integer.toString(code) : code + " " + reasonPhrase;
    }
}
