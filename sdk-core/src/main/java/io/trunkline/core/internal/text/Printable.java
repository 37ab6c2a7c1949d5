package io.trunkline.core.internal.text;

/**
 * Renders user input safely inside messages: quoted, truncated, with control and invisible
 * characters shown as code points so that a message never carries a raw CR/LF or a zero-width
 * character into a log.
 */
public final class Printable {

    private static final int MAX_SHOWN = 40;

    private Printable() {
    }

    /**
     * @param input any text, may be {@code null}
     * @return {@code "(none)"} for null, otherwise the text in single quotes, escaped and truncated
     */
    public static String quote(String input) {
        if (input == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("'");
        int shown = Math.min(input.length(), MAX_SHOWN);
        // by code point, so that a pair is never split in two lone surrogates and a supplementary
        // format character (e.g. a Unicode tag) is recognised as invisible
        for (int i = 0; i < shown; i += Character.charCount(input.codePointAt(i))) {
            int c = input.codePointAt(i);
            sb.append(mustEscape(c) ? codePoint(c) : Character.toString(c));
        }
        if (input.length() > MAX_SHOWN) {
            sb.append("…(").append(input.length()).append(" chars)");
        }
        return sb.append('\'').toString();
    }

    /**
     * Like {@link #quote(String)}, but first masks a password written into a URI's user part
     * ({@code sip:user:password@host} becomes {@code sip:user:****@host}), because people paste
     * credentials into URIs and the message must not carry them into a log.
     *
     * @param uri a URI or host as typed, may be {@code null}
     * @return the quoted, redacted text
     */
    public static String quoteUri(String uri) {
        return quote(redactPassword(uri));
    }

    private static String redactPassword(String uri) {
        if (uri == null) {
            return null;
        }
        int at = uri.lastIndexOf('@');
        if (at < 0) {
            return uri;
        }
        String lower = uri.toLowerCase(java.util.Locale.ROOT);
        int start = lower.startsWith("sips:") ? 5 : lower.startsWith("sip:") ? 4 : 0;
        int colon = uri.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return uri;
        }
        return uri.substring(0, colon + 1) + "****" + uri.substring(at);
    }

    /**
     * @param c a character
     * @return e.g. {@code U+200B}
     */
    public static String codePoint(char c) {
        return codePoint((int) c);
    }

    /**
     * @param codePoint a Unicode code point, possibly outside the BMP
     * @return e.g. {@code U+200B} or {@code U+1D7CF}
     */
    public static String codePoint(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * Line and paragraph separators end a log line as surely as LF; a lone surrogate (half of a
     * split pair) is not text at all and turns into '?' or breaks UTF-8 encoders.
     */
    private static boolean mustEscape(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.CONTROL
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || codePoint == '\u200B' || codePoint == '\uFEFF';
    }

    /**
     * @param c a character
     * @return whether {@code c} renders as nothing (zero-width, BOM, format and control characters)
     */
    public static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || c == '\u200B' || c == '\uFEFF';
    }
}
