package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.diagnostics.internal.sip.HeaderText;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code X-EI} header that ties a forwarded call to the call Synthflow prepared for it.
 *
 * <p>When your own system controls the SIP leg, it first calls Synthflow's
 * {@code POST /v2/prepare_inbound}, then sends the INVITE to Synthflow carrying the returned
 * {@code synthflow_call_id} in {@code X-EI}. (An Aircall Smartflow cannot call an API first, so this
 * applies only to legs you originate yourself.)
 *
 * <pre>{@code
 * ExternalIdHeader header = ExternalIdHeader.of("ebe4bd96-dcb1-4abd-9aa5-686877dab061");
 * header.toHeaderLine();   // "X-EI: ebe4bd96-dcb1-4abd-9aa5-686877dab061"
 * }</pre>
 *
 * @param synthflowCallId the {@code synthflow_call_id} returned by {@code prepare_inbound}
 */
public record ExternalIdHeader(String synthflowCallId) {

    /** The header name. */
    public static final String NAME = "X-EI";

    /**
     * Synthflow's ids are UUIDs; we accept any run of visible ASCII without separators so that a
     * change of id format does not break callers, while keeping anything that could split or
     * extend the header out.
     */
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9\\-_.~+@]{1,128}");

    /**
     * Checks the call id.
     *
     * @param synthflowCallId the {@code synthflow_call_id} returned by {@code prepare_inbound}; 1 to
     *     128 letters, digits or {@code - _ . ~ + @}
     * @throws InvalidConfigurationException if the id is blank, too long or holds characters other
     *     than letters, digits and {@code - _ . ~ + @}
     */
    public ExternalIdHeader {
        Objects.requireNonNull(synthflowCallId, "synthflowCallId");
        HeaderText.requireNoControlCharacters(synthflowCallId, NAME + " value");
        if (!CALL_ID.matcher(synthflowCallId).matches()) {
            throw new InvalidConfigurationException(NAME + " value " + HeaderText.quote(synthflowCallId)
                    + " is not a Synthflow call id: use the synthflow_call_id returned by prepare_inbound"
                    + " (1-128 letters, digits or - _ . ~ + @)");
        }
    }

    /**
     * Creates the header for a prepared call.
     *
     * @param synthflowCallId the {@code synthflow_call_id} returned by {@code prepare_inbound}
     * @return the header
     * @throws InvalidConfigurationException if the id is not a plausible call id
     */
    public static ExternalIdHeader of(String synthflowCallId) {
        return new ExternalIdHeader(synthflowCallId);
    }

    /**
     * Parses a header line such as {@code "X-EI: ebe4bd96-..."}; the name is matched case-insensitively.
     *
     * @param headerLine the line, without its CRLF
     * @return the header
     * @throws InvalidConfigurationException if the line is not an {@code X-EI} header with a valid id
     */
    public static ExternalIdHeader parse(String headerLine) {
        Objects.requireNonNull(headerLine, "headerLine");
        return new ExternalIdHeader(HeaderText.splitLine(headerLine, NAME).value());
    }

    /** @return the header as it appears in a SIP message, {@code "X-EI: <id>"} (no CRLF) */
    public String toHeaderLine() {
        return NAME + ": " + synthflowCallId;
    }
}
