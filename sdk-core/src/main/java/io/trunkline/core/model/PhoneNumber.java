package io.trunkline.core.model;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.internal.validation.CallingCodes;
import io.trunkline.core.internal.validation.NumberingPlanException;

/**
 * A phone number in E.164 form ({@code +} then 7 to 15 ASCII digits, no leading zero), such as
 * the DID an Aircall line owns and the Synthflow SIP number must repeat exactly.
 *
 * <p>{@link #parse(String)} accepts the ways people write international numbers: spaces of every
 * width (non-breaking, thin, figure...), dots, hyphens (also the typographic ones a word processor
 * puts in: U+2010 to U+2013), slashes and parentheses are dropped, so {@code "+33 1 23 45 67 89"}
 * and {@code "+1 (415) 555-0100"} both parse. It refuses, with a message that says how to fix the
 * input, anything that is not unambiguously international: national formats
 * ({@code 01 23 45 67 89}), the {@code 00} prefix, {@code tel:} URIs, extensions, letters, non-ASCII
 * digits and invisible characters. It also refuses numbers impossible in the numbering plan, from a
 * table generated from libphonenumber's metadata: an unassigned country code ({@code +999...}), and
 * the national trunk prefix kept after the country code ({@code +33 (0)1...}, {@code +44 020...},
 * {@code +376 0712345}, {@code +7 8 495...}) wherever the number is impossible with it and possible
 * without it, so that Italy's {@code +39 06...} stays valid.
 *
 * @param e164 the number in E.164 form, e.g. {@code +33123456789}
 */
public record PhoneNumber(String e164) {

    /** Longest input accepted before parsing; anything longer is not a phone number. */
    static final int MAX_INPUT_LENGTH = 64;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    /**
     * Canonical constructor: checks that {@code e164} already is E.164; prefer {@link #parse}.
     *
     * @param e164 the number in E.164 form, e.g. {@code +33123456789}
     */
    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{" + (MIN_DIGITS - 1) + "," + (MAX_DIGITS - 1) + "}")) {
            throw new InvalidConfigurationException(
                    "phone number " + Printable.quote(e164) + " is not E.164: use PhoneNumber.parse(..) for human input");
        }
    }

    /**
     * Parses an international phone number written by a human.
     *
     * @param input e.g. {@code "+33 1 23 45 67 89"}
     * @return the number
     * @throws InvalidConfigurationException naming the problem and the fix, if {@code input} is not an
     *     international number
     */
    public static PhoneNumber parse(String input) {
        return new PhoneNumber(toE164(input));
    }

    /**
     * Checks an input without throwing.
     *
     * @param input the text to check, may be {@code null}
     * @return why {@code input} is not a valid number, or {@code null} when it is
     */
    public static String problemWith(String input) {
        try {
            toE164(input);
            return null;
        } catch (InvalidConfigurationException e) {
            return e.getMessage();
        }
    }

    private static String toE164(String input) {
        if (input == null) {
            throw invalid(null, "is missing");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            throw invalid(input, "is too long (" + input.length() + " characters); an E.164 number has at most 15 digits");
        }
        String trimmed = input.strip();
        if (trimmed.isEmpty()) {
            throw invalid(input, "is empty; write it in E.164 form, e.g. " + CallingCodes.DEFAULT_EXAMPLE);
        }
        if (trimmed.regionMatches(true, 0, "tel:", 0, 4)) {
            throw invalid(input, "is a tel: URI; write the number alone in E.164 form, e.g. "
                    + CallingCodes.exampleFor(trimmed.substring(4)));
        }
        StringBuilder digits = new StringBuilder(16);
        StringBuilder withoutSpaces = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i += Character.charCount(trimmed.codePointAt(i))) {
            // code points, not chars, so that a digit outside the BMP is named as one character
            int c = trimmed.codePointAt(i);
            if (!isSpace(c)) {
                withoutSpaces.appendCodePoint(c);
            }
            if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (c == '+' && digits.length() == 0) {
                // first significant character: "(+33) 1 23 45 67 89" and a leading NBSP (which strip() keeps) are fine
                digits.append('+');
            } else if (!isSeparator(c)) {
                throw invalid(input, describeBadCharacter(c, i));
            }
        }
        if (withoutSpaces.indexOf("(0)") >= 0) {
            // "+33 (0)1 23 45 67 89" would otherwise become +330123456789, a different, wrong number
            String dropped = withoutSpaces.toString().replace("(0)", "").replaceAll("[^0-9+]", "");
            boolean international = dropped.startsWith("+") && dropped.indexOf('+', 1) < 0;
            throw invalid(input, "contains the national trunk prefix (0); drop it after the country code, e.g. "
                    + (international ? dropped : CallingCodes.exampleFor(input)));
        }
        String candidate = digits.toString();
        if (!candidate.startsWith("+")) {
            throw invalid(input, candidate.startsWith("00")
                    ? "uses the 00 international prefix; replace 00 with + (e.g. +" + candidate.substring(2) + ")"
                    : "has no leading +; write it in international E.164 form with its country code, e.g. "
                            + CallingCodes.DEFAULT_EXAMPLE);
        }
        int count = candidate.length() - 1;
        if (count > 0 && candidate.charAt(1) == '0') {
            throw invalid(input, "has a country code starting with 0; drop the national trunk prefix after the country code");
        }
        if (count < MIN_DIGITS || count > MAX_DIGITS) {
            throw invalid(input, "has " + count + " digits; E.164 numbers have between " + MIN_DIGITS + " and " + MAX_DIGITS);
        }
        NumberingPlanException.check(candidate, "phone number " + Printable.quote(input) + " ");
        return candidate;
    }

    private static boolean isSeparator(int c) {
        return isSpace(c) || c == '.' || c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '/' || c == '('
                || c == ')';
    }

    /** Tab and every Unicode space (NBSP, thin, figure, ideographic...) except the visible Ogham mark. */
    private static boolean isSpace(int c) {
        return c == '\t' || (Character.getType(c) == Character.SPACE_SEPARATOR && c != '\u1680');
    }

    private static String describeBadCharacter(int c, int index) {
        if (Character.isDigit(c)) {
            return "contains the non-ASCII digit " + Printable.codePoint(c) + " at position " + index + "; type ASCII digits 0-9";
        }
        if (c == '+') {
            return "has a + that is not the first character";
        }
        if (Character.isLetter(c)) {
            return "contains the letter '" + Character.toString(c) + "' at position " + index
                    + "; extensions and vanity letters are not allowed";
        }
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
            return "contains the invisible character " + Printable.codePoint(c) + " at position " + index + "; retype the number";
        }
        String shown = c > ' ' && c < 0x7F ? "'" + (char) c + "' (" + Printable.codePoint(c) + ")" : Printable.codePoint(c);
        return "contains " + shown + " at position " + index
                + "; only digits, a leading + and spaces, dots, hyphens or parentheses are allowed";
    }

    private static InvalidConfigurationException invalid(String input, String problem) {
        return new InvalidConfigurationException("phone number " + Printable.quote(input) + " " + problem);
    }

    /** @return the digits without the leading {@code +}, e.g. {@code 33123456789} (Synthflow's number slug) */
    public String digits() {
        return e164.substring(1);
    }

    /** @return the E.164 form */
    @Override
    public String toString() {
        return e164;
    }
}
