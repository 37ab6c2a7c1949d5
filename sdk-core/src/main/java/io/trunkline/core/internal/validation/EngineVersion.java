package io.trunkline.core.internal.validation;

/** Parses engine versions such as {@code 2.0}, {@code v2.1} or {@code 2}; shared by validation and diagnostics. */
public final class EngineVersion {

    private EngineVersion() {
    }

    /**
     * @param text a version as written
     * @return {major, minor}, or {@code null} when {@code text} is not a version
     */
    public static int[] parse(String text) {
        String t = text.strip();
        if (t.startsWith("v") || t.startsWith("V")) {
            t = t.substring(1);
        }
        if (!t.matches("[0-9]{1,3}(\\.[0-9]{1,3}){0,2}")) {
            return null;
        }
        String[] parts = t.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
    }
}
