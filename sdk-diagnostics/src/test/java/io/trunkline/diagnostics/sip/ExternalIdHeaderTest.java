package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalIdHeaderTest {

    private static final String CALL_ID = "ebe4bd96-dcb1-4abd-9aa5-686877dab061";

    @Test
    void buildsTheHeaderLineSynthflowExpects() {
        assertThat(ExternalIdHeader.of(CALL_ID).toHeaderLine()).isEqualTo("X-EI: " + CALL_ID);
    }

    @Test
    void parsesTheHeaderWhateverTheCaseOfItsName() {
        assertThat(ExternalIdHeader.parse("x-ei:" + CALL_ID).synthflowCallId()).isEqualTo(CALL_ID);
    }

    @Test
    void roundTrips() {
        ExternalIdHeader header = ExternalIdHeader.of(CALL_ID);

        assertThat(ExternalIdHeader.parse(header.toHeaderLine())).isEqualTo(header);
    }

    @Test
    void refusesToParseAnotherHeader() {
        assertThatThrownBy(() -> ExternalIdHeader.parse("X-CI: " + CALL_ID))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not a X-EI header");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc def", "abc;tag=1", "a,b", "<abc>"})
    void rejectsValuesThatAreNotCallIds(String value) {
        assertThatThrownBy(() -> ExternalIdHeader.of(value))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not a Synthflow call id");
    }

    @Test
    void rejectsAnInjectionAttemptWithoutEchoingIt() {
        assertThatThrownBy(() -> ExternalIdHeader.of(CALL_ID + "\r\nX-Evil: 1"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("X-EI value contains a carriage return (CR) at position 36")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n"));
    }

    @Test
    void rejectsOverlongIds() {
        assertThatThrownBy(() -> ExternalIdHeader.of("a".repeat(129)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("...");
    }
}
