package io.trunkline.core.corpus;

/**
 * The escapes the curated corpus uses for characters a reader cannot see, and the reverse rendering
 * used to show a failing generated input in an assertion message.
 *
 * <p>Supported: {@code \t \n \r \0 \\}, {@code \}{@code uXXXX} (UTF-16 unit, so a supplementary character is a
 * surrogate pair) and {@code \R<count>{text}} for {@code text} repeated {@code count} times, which
 * keeps very long inputs readable in the file.
 */
final class Escapes {

    private Escapes() {
    }

    /**
     * @param text the input as written in the corpus file
     * @return the input the parser receives
     */
    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("dangling backslash in " + text);
            }
            char kind = text.charAt(i + 1);
            switch (kind) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                case 'R' -> {
                    int open = text.indexOf('{', i);
                    int close = text.indexOf('}', open);
                    int count = Integer.parseInt(text.substring(i + 2, open));
                    out.append(text.substring(open + 1, close).repeat(count));
                    i = close - 1;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + kind + " in " + text);
            }
            i += 2;
        }
        return out.toString();
    }

    /**
     * @param input any text, may be {@code null}
     * @return the text with every character outside printable ASCII written as {@code \}{@code uXXXX}, shortened
     *     when long, so that an assertion message shows exactly what the parser received
     */
    static String show(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(input.length(), 200);
        for (int i = 0; i < shown; i++) {
            char c = input.charAt(i);
            if (c >= ' ' && c < 0x7F && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        if (input.length() > shown) {
            out.append("…(").append(input.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
