package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.exception.InvalidConfigurationException;

import java.util.Optional;

/**
 * Checks and renders text that goes into SIP header fields. A header value that smuggles a CR or
 * LF would let its author append headers of their choice (or a whole body) to our message, so every
 * value is checked here before it is used, and problems are reported with the offending characters
 * escaped, never echoed raw into a log or an exception message.
 */
public final class HeaderText {

    /** Longest rendering of untrusted text in a message; the rest is elided. */
    private static final int MAX_RENDERED = 80;

    private HeaderText() {
    }

    /**
     * Finds the first character SIP header text must not contain: NUL, CR, LF and every other
     * control character except the horizontal tab, which SIP allows as white space.
     *
     * @param text the text to check
     * @return a description of the first forbidden character and where it is, if there is one
     */
    public static Optional<String> forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return Optional.of(nameOf(c) + " at position " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * Throws when {@code text} holds a forbidden character.
     *
     * @param text the text to check
     * @param what what the text is, e.g. {@code "value of header X-Customer"}, used in the message
     * @throws InvalidConfigurationException naming {@code what} and the character
     */
    public static void requireNoControlCharacters(String text, String what) {
        forbiddenCharacter(text).ifPresent(problem -> {
            throw new InvalidConfigurationException(what + " contains " + problem
                    + "; remove control characters (they would let the value inject SIP headers)");
        });
    }

    /**
     * Renders untrusted text for a message: control characters, backslashes and non-ASCII
     * characters are escaped ({@code \r}, {@code \n}, {@code \u0000}) and long text is shortened.
     *
     * @param text the text, possibly hostile
     * @return a quoted, printable, bounded rendering
     */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        int limit = Math.min(text.length(), MAX_RENDERED);
        for (int i = 0; i < limit; i++) {
            appendEscaped(sb, text.charAt(i));
        }
        if (text.length() > MAX_RENDERED) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    /**
     * Splits a header line {@code "Name: value"} into its trimmed name and value.
     *
     * @param line the header line, without the line terminator
     * @param expectedName the header name expected (compared case-insensitively), or {@code null} for any
     * @return the name and the value
     * @throws InvalidConfigurationException if the line has no colon, a bad name or control characters
     */
    public static HeaderLine splitLine(String line, String expectedName) {
        requireNoControlCharacters(line, "header line " + quote(line));
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new InvalidConfigurationException("header line " + quote(line)
                    + " is not of the form \"Name: value\"");
        }
        String name = line.substring(0, colon).trim();
        if (expectedName != null && !name.equalsIgnoreCase(expectedName)) {
            throw new InvalidConfigurationException("header line " + quote(line) + " is not a "
                    + expectedName + " header");
        }
        return new HeaderLine(name, line.substring(colon + 1).trim());
    }

    /**
     * A header split into name and value.
     *
     * @param name the header name as written
     * @param value the value with surrounding white space removed
     */
    public record HeaderLine(String name, String value) {
    }

    private static void appendEscaped(StringBuilder sb, char c) {
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            case '\\' -> sb.append("\\\\");
            case '"' -> sb.append("\\\"");
            default -> {
                if (c < 0x20 || c >= 0x7F) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
    }

    private static String nameOf(char c) {
        return switch (c) {
            case '\r' -> "a carriage return (CR)";
            case '\n' -> "a line feed (LF)";
            case 0 -> "a NUL character";
            default -> String.format("the control character U+%04X", (int) c);
        };
    }
}
