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
        for (int i = 0; i < shown; i++) {
            char c = input.charAt(i);
            sb.append(Character.isISOControl(c) || isInvisible(c) ? codePoint(c) : String.valueOf(c));
        }
        if (input.length() > MAX_SHOWN) {
            sb.append("…(").append(input.length()).append(" chars)");
        }
        return sb.append('\'').toString();
    }

    /**
     * @param c a character
     * @return e.g. {@code U+200B}
     */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
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
