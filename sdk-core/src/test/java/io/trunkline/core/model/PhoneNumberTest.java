package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+33 1 23 45 67 89      | +33123456789",
            "+33123456789           | +33123456789",
            "+1 (415) 555-0100      | +14155550100",
            "+44 20.7946.0958       | +442079460958",
            "+49/30/1234567         | +49301234567",
            "'  +33 1 23 45 67 89  ' | +33123456789",
            "+1234567               | +1234567",
            "+123456789012345       | +123456789012345",
    })
    void parsesInternationalNumbersWrittenByHumans(String input, String e164) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo(e164);
    }

    @Test
    void parsesNonBreakingAndThinSpacesAndTabs() {
        assertThat(PhoneNumber.parse("+33\u00A01\u202F23\u200945\t67 89").e164()).isEqualTo("+33123456789");
    }

    @Test
    void exposesDigitsWithoutThePlusAndPrintsE164() {
        PhoneNumber number = PhoneNumber.parse("+33 1 23 45 67 89");

        assertThat(number.digits()).isEqualTo("33123456789");
        assertThat(number).hasToString("+33123456789").isEqualTo(new PhoneNumber("+33123456789"));
    }

    static Stream<Arguments> malformedNumbers() {
        return Stream.of(
                Arguments.of("null", null, "is missing"),
                Arguments.of("empty", "", "is empty"),
                Arguments.of("whitespace only", " \t ", "is empty"),
                Arguments.of("national format", "01 23 45 67 89", "no leading +"),
                Arguments.of("digits without +", "33123456789", "no leading +"),
                Arguments.of("00 prefix", "0033 1 23 45 67 89", "replace 00 with + (e.g. +33123456789)"),
                Arguments.of("(0) trunk prefix", "+33 (0)1 23 45 67 89", "national trunk prefix (0)"),
                Arguments.of("(0) trunk prefix, UK", "+44(0)20 7946 0958", "national trunk prefix (0); drop it after the "
                        + "country code, e.g. +442079460958"),
                Arguments.of("(0) trunk prefix after 00, UK", "0044 (0)20 7946 0958", "national trunk prefix (0); drop "
                        + "it after the country code, e.g. +441212345678"),
                Arguments.of("(0) trunk prefix, national", "(0)20 7946 0958", "national trunk prefix (0); drop it after "
                        + "the country code, e.g. +33123456789"),
                Arguments.of("tel: URI, UK", "tel:+44 20 7946 0958", "is a tel: URI; write the number alone in E.164 "
                        + "form, e.g. +441212345678"),
                Arguments.of("country code 0", "+0123456789", "country code starting with 0"),
                Arguments.of("extension word", "+33 1 23 45 67 89 ext 12", "the letter 'e'"),
                Arguments.of("extension x", "+14155550100x12", "the letter 'x'"),
                Arguments.of("extension ;ext=", "+14155550100;ext=12", "';' (U+003B)"),
                Arguments.of("comma pause", "+14155550100,,12", "',' (U+002C)"),
                Arguments.of("vanity letters", "+1 800 FLOWERS", "the letter 'F'"),
                Arguments.of("second plus", "++33123456789", "+ that is not the first character"),
                Arguments.of("plus inside", "+33 1 23+45 67 89", "+ that is not the first character"),
                Arguments.of("Arabic-Indic digits", "+٣٣١٢٣٤٥٦٧٨٩", "non-ASCII digit U+0663 at position 1"),
                Arguments.of("Eastern Arabic digits", "+۳۳۱۲۳۴۵۶۷۸۹", "non-ASCII digit U+06F3"),
                Arguments.of("fullwidth digits", "+３３１２３４５６７８９", "non-ASCII digit U+FF13"),
                Arguments.of("fullwidth plus", "＋33123456789", "U+FF0B at position 0"),
                Arguments.of("mathematical digit outside the BMP", "+33123456\uD835\uDFD5", "non-ASCII digit U+1D7D5"),
                Arguments.of("zero-width space", "+33\u200B123456789", "invisible character U+200B at position 3"),
                Arguments.of("zero-width joiner", "+33123\u200D456789", "invisible character U+200D"),
                Arguments.of("byte order mark", "\uFEFF+33123456789", "invisible character U+FEFF at position 0"),
                Arguments.of("embedded newline", "+33 1 23\n45 67 89", "invisible character U+000A"),
                Arguments.of("only a plus", "+", "has 0 digits"),
                Arguments.of("too few digits", "+331234", "has 6 digits"),
                Arguments.of("sixteen digits", "+1234567890123456", "has 16 digits"),
                Arguments.of("far too long", "+33" + "1".repeat(100), "is too long (103 characters)"),
                Arguments.of("only separators", "- . -", "no leading +"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedNumbers")
    void refusesMalformedNumbersWithAClearMessage(String description, String input, String fragment) {
        assertThatThrownBy(() -> PhoneNumber.parse(input))
                .isExactlyInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("phone number ")
                .hasMessageContaining(fragment);
        assertThat(PhoneNumber.problemWith(input)).contains(fragment);
    }

    @Test
    void messagesShowInvisibleCharactersAsCodePointsAndTruncateLongInput() {
        String message = PhoneNumber.problemWith("+33\u200B123456789");
        String tooLong = PhoneNumber.problemWith("+33" + "1".repeat(100));

        assertThat(message).doesNotContain("\u200B").contains("'+33U+200B123456789'");
        assertThat(tooLong).hasSizeLessThan(160).contains("…(103 chars)");
    }

    @Test
    void problemWithIsNullForAValidNumber() {
        assertThat(PhoneNumber.problemWith("+33 1 23 45 67 89")).isNull();
    }

    @Test
    void canonicalConstructorRefusesAnythingButE164() {
        assertThatThrownBy(() -> new PhoneNumber("+33 1 23 45 67 89"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not E.164").hasMessageContaining("PhoneNumber.parse");
        assertThatThrownBy(() -> new PhoneNumber(null))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("(none)");
    }
}
