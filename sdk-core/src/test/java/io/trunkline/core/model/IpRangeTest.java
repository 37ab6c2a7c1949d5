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
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource({
            "34.138.86.8, 34.138.86.8, 32",
            "34.73.190.0/24, 34.73.190.0, 24",
            "0.0.0.0/0, 0.0.0.0, 0",
            "255.255.255.255/32, 255.255.255.255, 32",
            "2001:db8::1, 2001:db8::1, 128",
            "2600:1900::/28, 2600:1900::, 28",
            "::/0, ::, 0",
            "::ffff:34.138.86.8, ::ffff:34.138.86.8, 128",
    })
    void parsesAddressesAndCidrBlocks(String input, String address, int prefix) {
        IpRange range = IpRange.parse(input);

        assertThat(range.address()).isEqualTo(address);
        assertThat(range.prefixLength()).isEqualTo(prefix);
    }

    @Test
    void printsASingleAddressWithoutItsPrefix() {
        assertThat(IpRange.parse("34.138.86.8/32")).hasToString("34.138.86.8").isEqualTo(IpRange.parse("34.138.86.8"));
        assertThat(IpRange.parse("34.73.190.0/24")).hasToString("34.73.190.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.0/12", "192.168.1.1", "127.0.0.1", "169.254.1.1", "0.0.0.0/0",
            "::1", "fe80::1", "fd12:3456:789a::/48", "fc00::1", "::ffff:10.0.0.1"})
    void recognisesPrivateLoopbackAndLinkLocalRanges(String input) {
        assertThat(IpRange.parse(input).isPrivate()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"34.138.86.8", "8.8.8.8/32", "172.32.0.1", "2600:1900::1", "2001:4860::/32"})
    void publicAddressesAreNotPrivate(String input) {
        assertThat(IpRange.parse(input).isPrivate()).isFalse();
    }

    static Stream<Arguments> malformedEntries() {
        return Stream.of(
                Arguments.of("null", null, "is empty"),
                Arguments.of("empty", "", "is empty"),
                Arguments.of("whitespace only", "  ", "is empty"),
                Arguments.of("trailing space", "34.138.86.8 ", "leading or trailing whitespace"),
                Arguments.of("leading tab", "\t34.138.86.8", "leading or trailing whitespace"),
                Arguments.of("trailing space after CIDR", "34.73.190.0/24 ", "leading or trailing whitespace"),
                Arguments.of("zero-width space", "34.138\u200B.86.8", "U+200B at position 6"),
                Arguments.of("fullwidth digits", "３４.138.86.8", "U+FF13 at position 0"),
                Arguments.of("Arabic-Indic digits", "٣٤.138.86.8", "U+0663"),
                Arguments.of("host name", "sip.synthflow.ai", "host names are not allowed"),
                Arguments.of("localhost", "localhost", "host names are not allowed"),
                Arguments.of("SIP URI", "sip:34.138.86.8", "is a SIP URI, not an IP address; an allowlist holds bare "
                        + "addresses: write 34.138.86.8"),
                Arguments.of("SIPS URI with port", "sips:34.138.86.8:32682;transport=tls", "is a SIP URI, not an IP "
                        + "address; an allowlist holds bare addresses: write 34.138.86.8"),
                Arguments.of("SIP URI with IPv6 host", "sip:[2001:db8::1]:5060", "is a SIP URI, not an IP address; an "
                        + "allowlist holds bare addresses: write 2001:db8::1"),
                Arguments.of("web address", "https://34.138.86.8/", "is a https: URI, not an IP address; an allowlist "
                        + "holds bare addresses: write 34.138.86.8"),
                Arguments.of("SIP URI with host name", "sip:sip.synthflow.ai", "is a SIP URI, not an IP address; an "
                        + "allowlist holds bare addresses (host names are not allowed): write the IP address(es) of "
                        + "'sip.synthflow.ai'"),
                Arguments.of("octet over 255", "34.138.86.256", "invalid octet '256'"),
                Arguments.of("leading-zero octet", "34.138.086.8", "invalid octet '086'"),
                Arguments.of("four-digit octet", "34.1380.86.8", "invalid octet '1380'"),
                Arguments.of("three octets", "34.138.86", "not a dotted-quad"),
                Arguments.of("five octets", "34.138.86.8.1", "not a dotted-quad"),
                Arguments.of("empty octet", "34..86.8", "invalid octet ''"),
                Arguments.of("trailing dot", "34.138.86.8.", "not a dotted-quad"),
                Arguments.of("port appended", "34.138.86.8:5060", "includes a port"),
                Arguments.of("dash range", "34.138.86.1-34.138.86.9", "not an IP address"),
                Arguments.of("IPv4 prefix 33", "34.138.86.0/33", "invalid CIDR prefix; use /0 to /32"),
                Arguments.of("IPv4 prefix -1", "34.138.86.0/-1", "invalid CIDR prefix"),
                Arguments.of("empty prefix", "34.138.86.0/", "invalid CIDR prefix"),
                Arguments.of("prefix as mask", "34.138.86.0/255.255.255.0", "invalid CIDR prefix"),
                Arguments.of("two prefixes", "34.138.86.0/24/8", "invalid CIDR prefix"),
                Arguments.of("IPv6 prefix 129", "2001:db8::/129", "invalid CIDR prefix; use /0 to /128"),
                Arguments.of("bracketed IPv6", "[2001:db8::1]", "brackets"),
                Arguments.of("IPv6 with port", "[2001:db8::1]:5060", "brackets"),
                Arguments.of("IPv6 zone id", "fe80::1%eth0", "not a valid IPv6 address"),
                Arguments.of("two double colons", "2001::db8::1", "not a valid IPv6 address"),
                Arguments.of("triple colon", "2001:::1", "not a valid IPv6 address"),
                Arguments.of("IPv6 group too long", "2001:db8:12345::1", "not a valid IPv6 address"),
                Arguments.of("too long", "1".repeat(80), "is too long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void refusesMalformedEntriesWithAClearMessage(String description, String input, String fragment) {
        assertThatThrownBy(() -> IpRange.parse(input))
                .isExactlyInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("IP allowlist entry ")
                .hasMessageContaining(fragment);
        assertThat(IpRange.problemWith(input)).contains(fragment);
    }

    @Test
    void canonicalConstructorChecksAddressAndPrefix() {
        assertThat(new IpRange("34.73.190.0", 24)).isEqualTo(IpRange.parse("34.73.190.0/24"));
        assertThatThrownBy(() -> new IpRange("34.73.190.0", 33))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("/33 is outside 0-32");
        assertThatThrownBy(() -> new IpRange("2001:db8::", -1))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("outside 0-128");
        assertThatThrownBy(() -> new IpRange(null, 32))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("is empty");
    }
}
