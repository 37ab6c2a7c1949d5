package io.trunkline.core.internal.validation;

/**
 * Parses engine versions written {@code major.minor}, as Synthflow shows them: {@code 2.0}, or
 * {@code v2.1} with the {@code v}. Shared by validation and diagnostics.
 */
public final class EngineVersion {

    private static final String MAJOR_MINOR = "[vV]?[0-9]{1,3}\\.[0-9]{1,3}";

    private EngineVersion() {
    }

    /**
     * @param text a version as written
     * @return {major, minor}, or {@code null} when {@code text} is not {@code major.minor}: {@code "v2"},
     *     {@code "2"} and {@code "2.0.1"} are refused, because a version that is not what Synthflow shows
     *     cannot be compared with it
     */
    public static int[] parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches(MAJOR_MINOR)) {
            return null;
        }
        String[] parts = t.substring(Character.isDigit(t.charAt(0)) ? 0 : 1).split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /**
     * @param text a version that {@link #parse(String)} refused
     * @return the {@code major.minor} the writer probably meant ({@code "v2"} → {@code 2.0},
     *     {@code "2.0.1"} → {@code 2.0}), or {@code 2.0} when nothing can be read
     */
    static String suggestion(String text) {
        String digits = text == null ? "" : text.strip().replaceFirst("^[vV]", "");
        if (digits.matches("[0-9]{1,3}")) {
            return digits + ".0";
        }
        if (digits.matches("[0-9]{1,3}\\.[0-9]{1,3}(\\.[0-9]+)+")) {
            return digits.substring(0, digits.indexOf('.', digits.indexOf('.') + 1));
        }
        return "2.0";
    }
}
