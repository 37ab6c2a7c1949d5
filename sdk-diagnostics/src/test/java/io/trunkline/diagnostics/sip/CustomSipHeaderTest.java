package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomSipHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"X-Customer-Id", "X-a", "X-CRM_ref-2", "X-EI"})
    void acceptsNamesMatchingSynthflowsRule(String name) {
        assertThat(CustomSipHeader.of(name, "42").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Customer-Id", "X-", "x-customer", "X-Customer Id", "X-Cust.omer", "X-Ünïcode", "Via"})
    void rejectsNamesOutsideSynthflowsRule(String name) {
        assertThatThrownBy(() -> CustomSipHeader.of(name, "42"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("must match ^X-[A-Za-z0-9\\-_]+$");
    }

    @Test
    void keepsSynthflowTemplateVariablesInValues() {
        CustomSipHeader header = CustomSipHeader.of("X-Customer", "{results.data.name} / {call_id}");

        assertThat(header.toHeaderLine()).isEqualTo("X-Customer: {results.data.name} / {call_id}");
    }

    @Test
    void rejectsAValueThatTriesToInjectAHeaderWithCrLf() {
        assertThatThrownBy(() -> CustomSipHeader.of("X-Customer", "42\r\nVia: SIP/2.0/UDP evil"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("X-Customer")
                .hasMessageContaining("carriage return (CR) at position 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n"));
    }

    @Test
    void rejectsBareLineFeedAndNul() {
        assertThatThrownBy(() -> CustomSipHeader.of("X-A", "a\nb"))
                .hasMessageContaining("line feed (LF) at position 1");
        assertThatThrownBy(() -> CustomSipHeader.of("X-A", "a\0b"))
                .hasMessageContaining("NUL character at position 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\0"));
    }

    @Test
    void reportsNameAndValueProblemsTogetherWithoutEchoingControlCharacters() {
        assertThatThrownBy(() -> CustomSipHeader.of("X-A\r\nEvil", "v\r\n"))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).contains("\"X-A\\r\\nEvil\"").doesNotContain("\r", "\n");
                });
    }

    @Test
    void rejectsBlankValues() {
        assertThatThrownBy(() -> CustomSipHeader.of("X-A", "  "))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is blank");
    }

    @Test
    void allowsTabsInsideValuesAsSipWhiteSpace() {
        assertThat(CustomSipHeader.of("X-A", "a\tb").value()).isEqualTo("a\tb");
    }

    @Test
    void parsesAHeaderLineAndRoundTrips() {
        CustomSipHeader header = CustomSipHeader.parse("X-Order_Ref :  A-17 ");

        assertThat(header).isEqualTo(CustomSipHeader.of("X-Order_Ref", "A-17"));
        assertThat(CustomSipHeader.parse(header.toHeaderLine())).isEqualTo(header);
    }

    @Test
    void refusesToParseAFoldedOrMultiLineHeader() {
        assertThatThrownBy(() -> CustomSipHeader.parse("X-A: 1\r\nX-B: 2"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageNotContaining("\r\n");
    }

    @Test
    void refusesToParseALineWithoutColon() {
        assertThatThrownBy(() -> CustomSipHeader.parse("X-A 1"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not of the form \"Name: value\"");
    }
}
