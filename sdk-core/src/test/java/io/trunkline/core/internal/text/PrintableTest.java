package io.trunkline.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTest {

    @Test
    void quotesNullAsNone() {
        assertThat(Printable.quote(null)).isEqualTo("(none)");
        assertThat(Printable.quoteUri(null)).isEqualTo("(none)");
    }

    @Test
    void showsControlAndInvisibleCharactersAsCodePoints() {
        assertThat(Printable.quote("a\r\nb\u200Bc\uFEFF")).isEqualTo("'aU+000DU+000AbU+200BcU+FEFF'");
    }

    @Test
    void truncatesLongInputAndSaysHowLongItWas() {
        String quoted = Printable.quote("x".repeat(100));

        assertThat(quoted).isEqualTo("'" + "x".repeat(40) + "…(100 chars)'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sip:alice:pa55@pbx.example.com, sip:alice:****@pbx.example.com",
            "SIPS:alice:pa55@pbx.example.com:5061, SIPS:alice:****@pbx.example.com:5061",
            "alice:p@ss:word@pbx.example.com, alice:****@pbx.example.com",
            "sip:alice@pbx.example.com:5060, sip:alice@pbx.example.com:5060",
            "sip:pbx.example.com:5060, sip:pbx.example.com:5060",
    })
    void quoteUriMasksOnlyAPasswordInTheUserPart(String uri, String expected) {
        assertThat(Printable.quoteUri(uri)).isEqualTo("'" + expected + "'");
    }

    @Test
    void namesCodePointsOutsideTheBasicPlane() {
        assertThat(Printable.codePoint(0x1D7CF)).isEqualTo("U+1D7CF");
        assertThat(Printable.codePoint('\u200B')).isEqualTo("U+200B");
    }
}
