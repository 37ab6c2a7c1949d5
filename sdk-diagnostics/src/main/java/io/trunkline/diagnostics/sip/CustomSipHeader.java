package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.diagnostics.internal.sip.HeaderText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A custom {@code X-} header that Synthflow adds to a transfer INVITE, e.g. to pass a customer id
 * to the Aircall agent who picks up.
 *
 * <p>Synthflow's rules are enforced when the header is built: the name matches
 * {@code ^X-[A-Za-z0-9\-_]+$} and the value contains no CR, LF or NUL (nor any other control
 * character but the tab), because such characters would let the value inject headers into the
 * INVITE. Values may hold Synthflow's template variables such as {@code {call_id}} or
 * {@code {results.data.name}}; they are resolved by Synthflow, not here. Each header adds to the
 * INVITE's size, and Synthflow warns that too many of them fragment the INVITE over UDP.
 *
 * <pre>{@code
 * CustomSipHeader header = CustomSipHeader.of("X-Customer-Id", "{results.data.customer_id}");
 * header.toHeaderLine();   // "X-Customer-Id: {results.data.customer_id}"
 * }</pre>
 *
 * @param name the header name, e.g. {@code X-Customer-Id}
 * @param value the header value, non-blank, without control characters
 */
public record CustomSipHeader(String name, String value) {

    private static final Pattern NAME = Pattern.compile("^X-[A-Za-z0-9\\-_]+$");

    /**
     * Checks both parts, reporting every problem at once.
     *
     * @param name the header name; must match {@code ^X-[A-Za-z0-9\-_]+$}, e.g. {@code X-Customer-Id}
     * @param value the header value; not blank, no control character but the tab; surrounding
     *     whitespace is stripped
     * @throws InvalidConfigurationException naming the header and each problem
     */
    public CustomSipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(name).matches()) {
            problems.add("custom SIP header name " + HeaderText.quote(name)
                    + " must match ^X-[A-Za-z0-9\\-_]+$ (start with \"X-\", then letters, digits, '-' or '_')");
        }
        String header = "value of custom SIP header " + HeaderText.quote(name);
        HeaderText.forbiddenCharacter(value).ifPresent(problem -> problems.add(header + " contains " + problem
                + "; control characters are forbidden because they would inject SIP headers"));
        if (value.isBlank()) {
            problems.add(header + " is blank; give it a value or drop the header");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        value = value.strip();
    }

    /**
     * Creates a custom header.
     *
     * @param name the header name, e.g. {@code X-Customer-Id}
     * @param value the value; surrounding white space is removed
     * @return the header
     * @throws InvalidConfigurationException if the name or value breaks Synthflow's rules
     */
    public static CustomSipHeader of(String name, String value) {
        return new CustomSipHeader(name, value);
    }

    /**
     * Parses a header line such as {@code "X-Customer-Id: 42"}.
     *
     * @param headerLine the line, without its CRLF
     * @return the header
     * @throws InvalidConfigurationException if the line is not a valid custom header
     */
    public static CustomSipHeader parse(String headerLine) {
        Objects.requireNonNull(headerLine, "headerLine");
        HeaderText.HeaderLine line = HeaderText.splitLine(headerLine, null);
        return new CustomSipHeader(line.name(), line.value());
    }

    /** @return the header as it appears in a SIP message, {@code "Name: value"} (no CRLF) */
    public String toHeaderLine() {
        return name + ": " + value;
    }
}
