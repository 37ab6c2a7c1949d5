package io.trunkline.diagnostics.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiversionHeaderTest {

    private static final String URI = "sip:+33123456789@sip.example.com";

    @Test
    void buildsTheHeaderWithCounterDefaultingToOne() {
        DiversionHeader header = DiversionHeader.builder()
                .uri(URI).reason(DiversionHeader.Reason.UNCONDITIONAL).privacy(DiversionHeader.Privacy.OFF).build();

        assertThat(header.toHeaderLine())
                .isEqualTo("Diversion: <" + URI + ">;reason=unconditional;counter=1;privacy=off");
    }

    @Test
    void buildsEveryOptionalParameterAndAQuotedDisplayName() {
        DiversionHeader header = DiversionHeader.builder()
                .displayName("Paris \"HQ\"").uri(URI).reason(DiversionHeader.Reason.NO_ANSWER)
                .counter(2).limit(5).privacy(DiversionHeader.Privacy.FULL).screen(true).build();

        assertThat(header.value()).isEqualTo(
                "\"Paris \\\"HQ\\\"\" <" + URI + ">;reason=no-answer;counter=2;limit=5;privacy=full;screen=yes");
    }

    @ParameterizedTest
    @EnumSource(DiversionHeader.Reason.class)
    void roundTripsEveryRfc5806Reason(DiversionHeader.Reason reason) {
        DiversionHeader header = DiversionHeader.builder()
                .displayName("Paris \"HQ\"").uri(URI).reason(reason).counter(3).limit(9)
                .privacy(DiversionHeader.Privacy.NAME).screen(false).build();

        assertThat(DiversionHeader.parse(header.toHeaderLine())).containsExactly(header);
    }

    @Test
    void writesTheRfc5806Tokens() {
        assertThat(DiversionHeader.Reason.USER_BUSY.token()).isEqualTo("user-busy");
        assertThat(DiversionHeader.Reason.TIME_OF_DAY.token()).isEqualTo("time-of-day");
        assertThat(DiversionHeader.Reason.DO_NOT_DISTURB.token()).isEqualTo("do-not-disturb");
        assertThat(DiversionHeader.Reason.OUT_OF_SERVICE.token()).isEqualTo("out-of-service");
    }

    @Test
    void parsesSeveralDiversionsWithLooseSpacingQuotedValuesAndUriParameters() {
        List<DiversionHeader> entries = DiversionHeader.parse(
                "diversion: <sip:+331@a.example;user=phone> ; Reason=\"user-busy\" ; counter = 2,"
                        + " <tel:+442071234567>;reason=deflection");

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).uri()).isEqualTo("sip:+331@a.example;user=phone");
        assertThat(entries.get(0).reason()).isEqualTo(DiversionHeader.Reason.USER_BUSY);
        assertThat(entries.get(0).counter()).isEqualTo(2);
        assertThat(entries.get(1).uri()).isEqualTo("tel:+442071234567");
        assertThat(entries.get(1).counter()).isEqualTo(1);
        assertThat(entries.get(1).privacy()).isEmpty();
    }

    @Test
    void reportsEveryBuilderProblemAtOnce() {
        assertThatThrownBy(() -> DiversionHeader.builder().counter(0).limit(100).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "Diversion uri is required, e.g. sip:+33123456789@sip.example.com",
                                "Diversion reason is required (e.g. DiversionHeader.Reason.UNCONDITIONAL)",
                                "Diversion counter is 0 but must be between 1 and 99",
                                "Diversion limit is 100 but must be between 1 and 99"));
    }

    @Test
    void rejectsAUriThatWouldInjectAHeader() {
        assertThatThrownBy(() -> DiversionHeader.builder()
                .uri(URI + ">\r\nVia: x").reason(DiversionHeader.Reason.UNKNOWN).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("must be a sip:, sips: or tel: URI")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n"));
    }

    @Test
    void rejectsNonSipUrisAndNulInUris() {
        assertThatThrownBy(() -> DiversionHeader.builder().uri("http://x").reason(DiversionHeader.Reason.AWAY).build())
                .hasMessageContaining("must be a sip:, sips: or tel: URI");
        assertThatThrownBy(() -> DiversionHeader.builder().uri("sip:a\0b@x").reason(DiversionHeader.Reason.AWAY).build())
                .hasMessageContaining("\\u0000");
    }

    @Test
    void rejectsAControlCharacterInTheDisplayName() {
        assertThatThrownBy(() -> DiversionHeader.builder()
                .displayName("a\nb").uri(URI).reason(DiversionHeader.Reason.AWAY).build())
                .hasMessageContaining("display name contains a line feed (LF) at position 1");
    }

    @Test
    void refusesToParseReasonsRfc5806DoesNotDefine() {
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;reason=holiday"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("reason \"holiday\" is not one of RFC 5806's values: unknown, user-busy");
    }

    @Test
    void refusesToParseAnEntryWithoutReason() {
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;counter=1"))
                .hasMessageContaining("reason is required");
    }

    @Test
    void refusesToParseMalformedEntries() {
        assertThatThrownBy(() -> DiversionHeader.parseValue(URI + ";reason=away"))
                .hasMessageContaining("the URI must be enclosed in <...>");
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;counter=abc;reason=away"))
                .hasMessageContaining("counter \"abc\" must be 1 or 2 digits");
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;reason=away;reason=away"))
                .hasMessageContaining("parameter 'reason' appears twice");
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;reason=away;colour=blue"))
                .hasMessageContaining("is not one RFC 5806 defines");
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;privacy=some;reason=away"))
                .hasMessageContaining("privacy \"some\" is not one of RFC 5806's values: full, name, uri, off");
        assertThatThrownBy(() -> DiversionHeader.parseValue("<" + URI + ">;reason=away;screen=maybe"))
                .hasMessageContaining("screen \"maybe\" must be yes or no");
    }

    @Test
    void refusesToParseAHeaderContainingCrLf() {
        assertThatThrownBy(() -> DiversionHeader.parse("Diversion: <" + URI + ">;reason=away\r\nVia: x"))
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r", "\n"));
    }

    @Test
    void toBuilderCopiesEveryValue() {
        DiversionHeader header = DiversionHeader.builder().displayName("d").uri(URI).reason(DiversionHeader.Reason.AWAY)
                .counter(4).limit(7).privacy(DiversionHeader.Privacy.URI).screen(true).build();

        assertThat(header.toBuilder().build()).isEqualTo(header);
        assertThat(header.toBuilder().counter(5).build().counter()).isEqualTo(5);
    }
}
