package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SipUriTest {

    @Test
    void parsesUserHostPortAndParameters() {
        SipUri uri = SipUri.parse("sip:+33123456789@sip.example.com:5060;transport=TCP;lr");

        assertThat(uri.secure()).isFalse();
        assertThat(uri.user()).contains("+33123456789");
        assertThat(uri.host()).isEqualTo("sip.example.com");
        assertThat(uri.port()).contains(5060);
        assertThat(uri.transport()).contains(Transport.TCP);
        assertThat(uri.parameters()).containsExactly(Map.entry("transport", "TCP"), Map.entry("lr", ""));
        assertThat(uri).hasToString("sip:+33123456789@sip.example.com:5060;transport=TCP;lr");
    }

    @Test
    void parsesBracketedIpv6WithPortAndKeepsTheHostWithoutBrackets() {
        SipUri uri = SipUri.parse("sips:[2001:db8::10]:5061;transport=tls");

        assertThat(uri.secure()).isTrue();
        assertThat(uri.host()).isEqualTo("2001:db8::10");
        assertThat(uri.port()).contains(5061);
        assertThat(uri).hasToString("sips:[2001:db8::10]:5061;transport=tls");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sip:sip.synthflow.ai, sip.synthflow.ai",
            "SIP:Aircall-PBX.example.com, Aircall-PBX.example.com",
            "sip:34.138.86.8:32681, 34.138.86.8",
            "sip:[::1], ::1",
            "sip:pbx.example.com., pbx.example.com.",
    })
    void acceptsHostsOfEveryKind(String input, String host) {
        assertThat(SipUri.parse(input).host()).isEqualTo(host);
    }

    @Test
    void equalityIgnoresCase() {
        assertThat(SipUri.parse("SIP:PBX.Example.com")).isEqualTo(SipUri.parse("sip:pbx.example.com"))
                .hasSameHashCodeAs(SipUri.parse("sip:pbx.example.com"));
        assertThat(SipUri.parse("sip:pbx.example.com")).isNotEqualTo(SipUri.parse("sips:pbx.example.com"));
    }

    @Test
    void transportIsEmptyWhenAbsentOrNotAnSdkTransport() {
        assertThat(SipUri.parse("sip:pbx.example.com").transport()).isEmpty();
        assertThat(SipUri.parse("sip:pbx.example.com;transport=ws").transport()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "aircall-pbx.example.com, sip:aircall-pbx.example.com",
            "aircall-pbx.example.com:5060, sip:aircall-pbx.example.com:5060",
            "sip:aircall-pbx.example.com, sip:aircall-pbx.example.com",
            "sips:aircall-pbx.example.com, sips:aircall-pbx.example.com",
            "[2001:db8::1]:5060, sip:[2001:db8::1]:5060",
    })
    void readsABareDomainAsASipUri(String input, String expected) {
        assertThat(SipUri.parseDomainOrUri(input)).hasToString(expected);
    }

    static Stream<Arguments> malformedUris() {
        return Stream.of(
                Arguments.of("null", null, "is empty"),
                Arguments.of("empty", "", "is empty"),
                Arguments.of("whitespace only", "   ", "is empty"),
                Arguments.of("trailing space", "sip:pbx.example.com ", "leading or trailing whitespace"),
                Arguments.of("leading tab", "\tsip:pbx.example.com", "leading or trailing whitespace"),
                Arguments.of("space inside", "sip:pbx example.com", "U+0020 at position 7"),
                Arguments.of("zero-width space", "sip:pbx\u200B.example.com", "U+200B at position 7"),
                Arguments.of("unicode host", "sip:pbx.exämple.com", "U+00E4"),
                Arguments.of("fullwidth digit in port", "sip:pbx.example.com:５060", "U+FF15"),
                Arguments.of("too long", "sip:" + "a".repeat(600) + ".com", "is too long (608 characters)"),
                Arguments.of("no scheme", "pbx.example.com", "does not start with sip: or sips:"),
                Arguments.of("http URL", "http://pbx.example.com", "does not start with sip: or sips:"),
                Arguments.of("tel URI", "tel:+33123456789", "does not start with sip: or sips:"),
                Arguments.of("scheme only", "sip:", "has no host"),
                Arguments.of("user without host", "sip:alice@", "has no host"),
                Arguments.of("empty user", "sip:@pbx.example.com", "empty user part"),
                Arguments.of("password in URI", "sip:alice:pa55word@pbx.example.com", "never put credentials in a URI"),
                Arguments.of("sips with UDP", "sips:pbx.example.com;transport=udp", "SIPS requires TLS"),
                Arguments.of("unknown transport", "sip:pbx.example.com;transport=quic", "unknown transport 'quic'"),
                Arguments.of("empty transport", "sip:pbx.example.com;transport=", "unknown transport ''"),
                Arguments.of("empty parameter", "sip:pbx.example.com;;lr", "empty URI parameter"),
                Arguments.of("bad parameter name", "sip:pbx.example.com;a b=c", "U+0020"),
                Arguments.of("URI headers", "sip:pbx.example.com?subject=hi", "URI headers"),
                Arguments.of("IPv6 without brackets", "sip:2001:db8::1", "IPv6 host without brackets"),
                Arguments.of("IPv6 with port, no brackets", "sip:2001:db8::1:5060", "write it as [2001:db8::1:5060]"),
                Arguments.of("unclosed bracket", "sip:[2001:db8::1:5060", "unclosed ["),
                Arguments.of("text after IPv6", "sip:[2001:db8::1]5060", "unexpected text after the IPv6 host"),
                Arguments.of("IPv4 in brackets", "sip:[10.0.0.1]", "invalid IPv6 host '10.0.0.1'"),
                Arguments.of("bad IPv6", "sip:[2001:db8::g]", "invalid IPv6 host"),
                Arguments.of("port 0", "sip:pbx.example.com:0", "port 0 outside 1-65535"),
                Arguments.of("port 65536", "sip:pbx.example.com:65536", "port 65536 outside 1-65535"),
                Arguments.of("port 99999", "sip:pbx.example.com:99999", "outside 1-65535"),
                Arguments.of("six-digit port", "sip:pbx.example.com:123456", "invalid port '123456'"),
                Arguments.of("negative port", "sip:pbx.example.com:-1", "invalid port '-1'"),
                Arguments.of("empty port", "sip:pbx.example.com:", "invalid port ''"),
                Arguments.of("IPv4 octet 256", "sip:34.138.86.256", "invalid IPv4 host '34.138.86.256'"),
                Arguments.of("three-octet IPv4", "sip:10.0.1", "invalid IPv4 host"),
                Arguments.of("underscore in host", "sip:pbx_1.example.com", "invalid host name 'pbx_1.example.com'"),
                Arguments.of("label starting with hyphen", "sip:-pbx.example.com", "invalid host name"),
                Arguments.of("empty label", "sip:pbx..example.com", "invalid host name"),
                Arguments.of("64-character label", "sip:" + "a".repeat(64) + ".com", "invalid host name"),
                Arguments.of("host over 253 characters", "sip:" + "abcdefghi.".repeat(26) + "com",
                        "longer than 253 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUris")
    void refusesMalformedUrisWithAClearMessage(String description, String input, String fragment) {
        assertThatThrownBy(() -> SipUri.parse(input))
                .isExactlyInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("SIP URI ")
                .hasMessageContaining(fragment);
        assertThat(SipUri.problemWith(input)).contains(fragment);
    }

    @Test
    void aPasswordTypedIntoTheUriNeverReachesTheMessage() {
        String message = SipUri.problemWith("sip:alice:pa55word@pbx.example.com");
        String viaDomain = SipUri.problemWith("sips:alice:pa55word@pbx.example.com;transport=udp");
        String noScheme = SipUri.problemWith("alice:pa55word@pbx.example.com");

        assertThat(message).doesNotContain("pa55word").contains("'sip:alice:****@pbx.example.com'");
        assertThat(viaDomain).doesNotContain("pa55word");
        assertThat(noScheme).doesNotContain("pa55word");
    }

    @Test
    void parseDomainOrUriRefusesWhatParseRefuses() {
        assertThat(SipUri.problemWith("sip:pbx.example.com")).isNull();
        assertThatThrownBy(() -> SipUri.parseDomainOrUri(null)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> SipUri.parseDomainOrUri("pbx.example.com:70000"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("outside 1-65535");
        assertThatThrownBy(() -> SipUri.parseDomainOrUri("alice@pbx.example.com"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("sip: or sips:");
    }
}
