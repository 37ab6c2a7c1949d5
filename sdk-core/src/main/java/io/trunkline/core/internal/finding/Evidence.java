package io.trunkline.core.internal.finding;

import io.trunkline.core.internal.text.Printable;

/** Renders text observed from vendors safely inside a finding: one line, bounded, quoted. */
public final class Evidence {

    private static final int MAX_SHOWN = 160;

    private Evidence() {
    }

    /**
     * Unlike {@link Printable#quote(String)}, keeps up to {@value #MAX_SHOWN} characters: vendor
     * error messages are sentences, and the end of the sentence is often the useful part.
     *
     * @param text vendor text, may be {@code null}
     * @return the text in single quotes, control and invisible characters shown as code points
     */
    public static String quote(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("'");
        int shown = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) || Printable.isInvisible(c) ? Printable.codePoint(c) : String.valueOf(c));
        }
        if (text.length() > MAX_SHOWN) {
            sb.append("…(").append(text.length()).append(" chars)");
        }
        return sb.append('\'').toString();
    }
}
