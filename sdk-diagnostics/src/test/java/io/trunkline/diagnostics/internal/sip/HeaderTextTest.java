package io.trunkline.diagnostics.internal.sip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTest {

    @Test
    void quotesHostileTextPrintably() {
        assertThat(HeaderText.quote("a\r\nb\t\"c\\\u0000é\u001b")).isEqualTo("\"a\\r\\nb\\t\\\"c\\\\\\u0000\\u00E9\\u001B\"");
    }

    @Test
    void shortensLongText() {
        assertThat(HeaderText.quote("x".repeat(200))).isEqualTo("\"" + "x".repeat(80) + "...\"");
    }

    @Test
    void namesTheFirstForbiddenCharacterButAllowsTabs() {
        assertThat(HeaderText.forbiddenCharacter("ok\tfine")).isEmpty();
        assertThat(HeaderText.forbiddenCharacter("a\u007fb")).contains("the control character U+007F at position 1");
        assertThat(HeaderText.forbiddenCharacter("ab\n\r")).contains("a line feed (LF) at position 2");
    }
}
