package io.trunkline.testkit.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Just enough numbering-plan knowledge for the simulators: the calling code and ISO country of
 * an E.164 number for the countries Trunkline's examples use, and the display grouping Aircall
 * shows. Not a phone-number library; unknown codes fall back to a generic grouping.
 */
public final class CountryCodes {

    /** Calling code to ISO 3166-1 alpha-2 country. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("1", "US"), Map.entry("33", "FR"), Map.entry("44", "GB"), Map.entry("49", "DE"),
            Map.entry("34", "ES"), Map.entry("39", "IT"), Map.entry("31", "NL"), Map.entry("32", "BE"),
            Map.entry("41", "CH"), Map.entry("43", "AT"), Map.entry("351", "PT"), Map.entry("353", "IE"),
            Map.entry("45", "DK"), Map.entry("46", "SE"), Map.entry("47", "NO"), Map.entry("48", "PL"),
            Map.entry("61", "AU"), Map.entry("65", "SG"), Map.entry("81", "JP"), Map.entry("52", "MX"),
            Map.entry("55", "BR"), Map.entry("91", "IN"), Map.entry("971", "AE"), Map.entry("972", "IL"));

    private CountryCodes() {
    }

    /**
     * @param e164 e.g. {@code +33123456789}
     * @return the calling code, e.g. {@code 33}, when it is one of the known ones
     */
    public static Optional<String> callingCode(String e164) {
        String digits = e164.startsWith("+") ? e164.substring(1) : e164;
        for (int length = 1; length <= 3 && length <= digits.length(); length++) {
            String candidate = digits.substring(0, length);
            if (COUNTRIES.containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param e164 an E.164 number
     * @return its ISO country, empty when the calling code is not one of the known ones
     */
    public static Optional<String> country(String e164) {
        return callingCode(e164).map(COUNTRIES::get);
    }

    /**
     * Formats an E.164 number the way Aircall's {@code digits} field shows it: international,
     * with spaces, e.g. {@code +33 1 23 45 67 89}, {@code +1 415-555-0100}, {@code +44 20 7946 0958}.
     *
     * @param e164 an E.164 number
     * @return the display form
     */
    public static String display(String e164) {
        String digits = e164.startsWith("+") ? e164.substring(1) : e164;
        String code = callingCode(e164).orElse(digits.substring(0, Math.min(2, digits.length())));
        String national = digits.substring(code.length());
        String grouped = switch (code) {
            case "33" -> group(national, 1, 2, 2, 2, 2);
            case "1" -> national.length() == 10
                    ? national.substring(0, 3) + "-" + national.substring(3, 6) + "-" + national.substring(6)
                    : group(national, 3, 3, 4);
            case "44" -> national.startsWith("7") ? group(national, 4, 6) : group(national, 2, 4, 4);
            default -> group(national, 3, 3, 3, 3);
        };
        return "+" + code + " " + grouped;
    }

    private static String group(String national, int... sizes) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (int size : sizes) {
            if (position >= national.length()) {
                break;
            }
            int end = Math.min(national.length(), position + size);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(national, position, end);
            position = end;
        }
        if (position < national.length()) {
            out.append(out.length() > 0 ? " " : "").append(national.substring(position));
        }
        return out.toString();
    }
}
