package io.trunkline.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.IpRange;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.SipUri;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based tests of the parsers: any input gives a value that round-trips, or an
 * {@code InvalidConfigurationException} with a clean message ({@link ParseContract}); valid values
 * written the ways humans write them always parse; and small edits of valid values parse or fail
 * cleanly, never turning into a different phone number.
 *
 * <p>Every property prints its seed; {@code -Dtrunkline.seed=<seed>} replays one run exactly, and a failure
 * names its seed and the command that replays it ({@link ReproducibleSeeds}).
 */
class ParserPropertiesTest {

    private static final List<String> COUNTRY_CODES = List.of("1", "7", "20", "27", "30", "31", "33", "34", "39",
            "41", "44", "46", "49", "52", "55", "61", "65", "81", "86", "91", "212", "351", "353", "358", "420",
            "852", "880", "971", "972", "998");
    private static final List<String> PHONE_SEPARATORS = List.of(" ", " ", " ", "\u00A0", "\u202F", "\u2009", ".",
            "-", "/", "\t", "");

    @AfterContainer
    static void reportWhenTheWholeCorpusHasRun() {
        CorpusTally.finished("ParserPropertiesTest");
    }

    // ---- PhoneNumber -------------------------------------------------------------------------

    @Property(tries = 1500)
    void anyTextIsAnE164NumberWithTheSameDigitsOrACleanError(@ForAll("phoneText") String input) {
        checkPhone("anyTextIsAnE164NumberWithTheSameDigitsOrACleanError", input);
    }

    @Property(tries = 500)
    void internationalNumbersWrittenByHumansParseToTheirDigits(@ForAll("humanNumbers") String[] number) {
        CorpusTally.generated("internationalNumbersWrittenByHumansParseToTheirDigits");
        String written = number[0];
        String e164 = number[1];

        ParseContract.Outcome<PhoneNumber> outcome = ParseContract.apply("PhoneNumber.parse", PhoneNumber::parse, written);

        assertThat(outcome.message()).as(Escapes.show(written)).isNull();
        assertThat(outcome.value().e164()).isEqualTo(e164);
        assertThat(PhoneNumber.parse(outcome.value().toString())).isEqualTo(outcome.value());
        assertThat(new PhoneNumber(e164)).isEqualTo(outcome.value());
    }

    @Property(tries = 1000)
    void editedNumbersParseToTheDigitsTypedOrFailCleanly(@ForAll("editedNumbers") String input) {
        checkPhone("editedNumbersParseToTheDigitsTypedOrFailCleanly", input);
    }

    private static void checkPhone(String property, String input) {
        CorpusTally.generated(property);
        ParseContract.Outcome<PhoneNumber> outcome = ParseContract.apply("PhoneNumber.parse", PhoneNumber::parse, input);
        assertThat(PhoneNumber.problemWith(input)).isEqualTo(outcome.message());
        if (outcome.parsed()) {
            PhoneNumber number = outcome.value();
            assertThat(number.e164()).matches("\\+[1-9][0-9]{6,14}");
            // never a different number: exactly the ASCII digits typed, in order, nothing added or dropped
            assertThat(number.digits()).as(Escapes.show(input)).isEqualTo(asciiDigits(input));
            assertThat(PhoneNumber.parse(number.toString())).isEqualTo(number);
            assertThat(PhoneNumber.parse(number.toString()).toString()).isEqualTo(number.toString());
        }
    }

    private static String asciiDigits(String input) {
        return input.chars().filter(c -> c >= '0' && c <= '9')
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    @Provide
    Arbitrary<String> phoneText() {
        return Generators.hostileText(Generators.PHONE_CHARS);
    }

    @Provide
    Arbitrary<String> editedNumbers() {
        return Generators.mutationsOf(humanNumbers().map(n -> n[0]), Generators.PHONE_CHARS);
    }

    /** @return {written form, E.164}: digits grouped and separated the ways people do, with stray outer spaces */
    @Provide
    Arbitrary<String[]> humanNumbers() {
        Arbitrary<String> e164 = Arbitraries.of(COUNTRY_CODES).flatMap(cc -> {
            int min = Math.max(1, 7 - cc.length());
            int max = 15 - cc.length();
            // never the trunk prefix itself (NANP's 1, Russia's 8): "+1 1 415..." is a mistake PhoneNumber refuses
            char trunk = cc.equals("1") ? '1' : cc.equals("7") ? '8' : '0';
            return Combinators.combine(Arbitraries.chars().range('1', '9').filter(c -> c != trunk),
                    Arbitraries.strings().numeric().ofMinLength(min - 1).ofMaxLength(max - 1))
                    .as((first, rest) -> "+" + cc + first + rest);
        });
        return Combinators.combine(e164, Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(8),
                Arbitraries.of(PHONE_SEPARATORS), Arbitraries.of(true, false), Arbitraries.of("", " ", "\t", "  "))
                .as((number, groups, separator, parenthesise, padding) -> new String[] {
                        padding + group(number, groups, separator, parenthesise) + padding, number});
    }

    /** Writes {@code +CC} then the digits in groups, optionally the second group in parentheses. */
    private static String group(String e164, List<Integer> sizes, String separator, boolean parenthesise) {
        StringBuilder out = new StringBuilder("+");
        String digits = e164.substring(1);
        int at = 0;
        for (int g = 0; at < digits.length(); g++) {
            int size = Math.min(sizes.get(g % sizes.size()), digits.length() - at);
            String chunk = digits.substring(at, at + size);
            boolean parens = parenthesise && g == 1 && chunk.length() >= 2; // "(0)" alone is a trunk prefix
            out.append(g == 0 ? "" : separator).append(parens ? "(" + chunk + ")" : chunk);
            at += size;
        }
        return out.toString();
    }

    // ---- SipUri ------------------------------------------------------------------------------

    @Property(tries = 1500)
    void anyTextIsARoundTrippingSipUriOrACleanError(@ForAll("sipText") String input) {
        checkSipUri("anyTextIsARoundTrippingSipUriOrACleanError", input);
    }

    @Property(tries = 500)
    void wellFormedSipUrisParseAndPrintCanonically(@ForAll("sipUris") String input) {
        CorpusTally.generated("wellFormedSipUrisParseAndPrintCanonically");

        ParseContract.Outcome<SipUri> outcome = ParseContract.apply("SipUri.parse", SipUri::parse, input);

        assertThat(outcome.message()).as(input).isNull();
        assertThat(outcome.value().toString()).isEqualTo(input); // generated in canonical form
        SipUri upper = SipUri.parse(input.replaceFirst("^sips?:", input.startsWith("sips:") ? "SIPS:" : "SIP:"));
        assertThat(upper).isEqualTo(outcome.value());
        assertThat(SipUri.parseDomainOrUri(input)).isEqualTo(outcome.value());
    }

    @Property(tries = 1000)
    void editedSipUrisParseOrFailCleanly(@ForAll("editedSipUris") String input) {
        checkSipUri("editedSipUrisParseOrFailCleanly", input);
    }

    private static void checkSipUri(String property, String input) {
        CorpusTally.generated(property);
        ParseContract.Outcome<SipUri> outcome = ParseContract.apply("SipUri.parse", SipUri::parse, input);
        assertThat(SipUri.problemWith(input)).isEqualTo(outcome.message());
        if (outcome.parsed()) {
            assertRoundTrips(outcome.value());
        }
        ParseContract.Outcome<SipUri> domain = ParseContract.apply("SipUri.parseDomainOrUri", SipUri::parseDomainOrUri,
                input);
        if (domain.parsed()) {
            assertRoundTrips(domain.value());
        }
    }

    private static void assertRoundTrips(SipUri uri) {
        SipUri again = SipUri.parse(uri.toString());
        assertThat(again).isEqualTo(uri).hasSameHashCodeAs(uri);
        assertThat(again.toString()).isEqualTo(uri.toString());
        assertThat(again.port()).isEqualTo(uri.port());
        assertThat(again.user()).isEqualTo(uri.user());
        uri.port().ifPresent(port -> assertThat(port).isBetween(1, 65535));
        assertThat(uri.secure() && uri.transport().filter(t -> t.name().equals("UDP")).isPresent()).isFalse();
    }

    @Provide
    Arbitrary<String> sipText() {
        Arbitrary<String> prefixed = Generators.hostileText(Generators.SIP_CHARS).map(s -> s == null ? null : "sip:" + s);
        // printable ASCII only, so that long inputs get past the character check into host and port parsing
        Arbitrary<String> longAscii = Arbitraries.strings().withChars("sip:@;=.[]-_?/%+&~!*'abcf0123456789")
                .ofMinLength(40).ofMaxLength(600).map(s -> "sip:" + s);
        Arbitrary<String> longHost = Arbitraries.strings().withChars("abcf0123456789.:-[]").ofMinLength(40)
                .ofMaxLength(600).map(s -> "sip:" + s);
        return Arbitraries.oneOf(Generators.hostileText(Generators.SIP_CHARS), prefixed, longAscii, longHost);
    }

    @Provide
    Arbitrary<String> editedSipUris() {
        return Generators.mutationsOf(sipUris(), Generators.SIP_CHARS);
    }

    /** @return SIP URIs in canonical form: scheme, optional user, host name / IPv4 / [IPv6], port, parameters */
    @Provide
    Arbitrary<String> sipUris() {
        Arbitrary<String> user = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-_.+").ofMinLength(1).ofMaxLength(20),
                humanNumbers().map(n -> n[1]));
        Arbitrary<String> host = Arbitraries.oneOf(hostNames(), ipv4(), ipv6().map(a -> "[" + a + "]"));
        Arbitrary<String> port = Arbitraries.integers().between(1, 65535).map(p -> ":" + p);
        Arbitrary<String> param = Arbitraries.oneOf(
                Arbitraries.of("udp", "tcp", "tls", "ws", "wss", "sctp").map(t -> ";transport=" + t),
                Arbitraries.of(";lr", ";user=phone", ";maddr=10.0.0.1", ";x-region=eu-west-1"));
        return Combinators.combine(Arbitraries.of("sip:", "sips:"), user.optional(), host, port.optional(),
                param.list().ofMaxSize(3).uniqueElements(p -> p.replaceFirst("=.*", "")))
                .as((scheme, u, h, p, params) -> {
                    List<String> kept = scheme.equals("sips:")
                            ? params.stream().filter(x -> !x.equals(";transport=udp")).toList() : params;
                    return scheme + u.map(x -> x + "@").orElse("") + h + p.orElse("") + String.join("", kept);
                });
    }

    private static Arbitrary<String> hostNames() {
        Arbitrary<String> label = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(20),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1))
                .as((a, b, c) -> a + b + c);
        // an all-digit dotted name would be read as an (invalid) IPv4 address, as it should
        return label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels) + ".example")
                .map(name -> name.toLowerCase(Locale.ROOT));
    }

    // ---- IpRange -----------------------------------------------------------------------------

    @Property(tries = 1500)
    void anyTextIsARoundTrippingIpRangeOrACleanError(@ForAll("ipText") String input) {
        checkIpRange("anyTextIsARoundTrippingIpRangeOrACleanError", input);
    }

    @Property(tries = 500)
    void addressesAndCidrBlocksParseAndPrintAsWritten(@ForAll("ipRanges") String input) {
        CorpusTally.generated("addressesAndCidrBlocksParseAndPrintAsWritten");

        ParseContract.Outcome<IpRange> outcome = ParseContract.apply("IpRange.parse", IpRange::parse, input);

        assertThat(outcome.message()).as(input).isNull();
        IpRange range = outcome.value();
        int max = range.address().contains(":") ? 128 : 32;
        assertThat(range.toString()).isEqualTo(input.endsWith("/" + max) ? input.substring(0, input.lastIndexOf('/'))
                : input);
        assertThat(IpRange.parse(range.toString())).isEqualTo(range);
    }

    @Property(tries = 1000)
    void editedAddressesParseOrFailCleanly(@ForAll("editedIpRanges") String input) {
        checkIpRange("editedAddressesParseOrFailCleanly", input);
    }

    private static void checkIpRange(String property, String input) {
        CorpusTally.generated(property);
        ParseContract.Outcome<IpRange> outcome = ParseContract.apply("IpRange.parse", IpRange::parse, input);
        assertThat(IpRange.problemWith(input)).isEqualTo(outcome.message());
        if (outcome.parsed()) {
            IpRange range = outcome.value();
            assertThat(IpRange.parse(range.toString())).isEqualTo(range);
            assertThat(IpRange.parse(range.toString()).toString()).isEqualTo(range.toString());
            assertThat(range.prefixLength()).isBetween(0, range.address().contains(":") ? 128 : 32);
            range.isPrivate(); // must answer for every parsed range, without DNS
        }
    }

    @Provide
    Arbitrary<String> ipText() {
        return Generators.hostileText(Generators.IP_CHARS);
    }

    @Provide
    Arbitrary<String> editedIpRanges() {
        return Generators.mutationsOf(ipRanges(), Generators.IP_CHARS);
    }

    /** @return IPv4 and IPv6 addresses (full, compressed, IPv4-mapped), bare or with a CIDR prefix */
    @Provide
    Arbitrary<String> ipRanges() {
        Arbitrary<String> v4 = Combinators.combine(ipv4(), Arbitraries.integers().between(0, 32).optional())
                .as((a, p) -> a + p.map(x -> "/" + x).orElse(""));
        Arbitrary<String> v6 = Combinators.combine(ipv6(), Arbitraries.integers().between(0, 128).optional())
                .as((a, p) -> a + p.map(x -> "/" + x).orElse(""));
        return Arbitraries.oneOf(v4, v6);
    }

    private static Arbitrary<String> ipv4() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
    }

    private static Arbitrary<String> ipv6() {
        Arbitrary<String> group = Arbitraries.integers().between(0, 0xFFFF).map(Integer::toHexString);
        Arbitrary<String> full = group.list().ofSize(8).map(g -> String.join(":", g));
        Arbitrary<String> compressed = Combinators.combine(group.list().ofMaxSize(3), group.list().ofMaxSize(3))
                .as((head, tail) -> String.join(":", head) + "::" + String.join(":", tail));
        Arbitrary<String> mapped = ipv4().map(a -> "::ffff:" + a);
        return Arbitraries.oneOf(full, full.map(a -> a.toUpperCase(Locale.ROOT)), compressed, mapped);
    }

    // ---- Secret ------------------------------------------------------------------------------

    @Property(tries = 500)
    void secretsWrapAnyNonBlankValueAndNeverShowIt(@ForAll("secretText") String value) {
        CorpusTally.generated("secretsWrapAnyNonBlankValueAndNeverShowIt");
        if (value == null) {
            assertThatThrownBy(() -> Secret.of(value)).isExactlyInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("the secret value is missing (null)");
        } else if (value.isBlank()) {
            assertThatThrownBy(() -> Secret.of(value)).isExactlyInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("the secret value is blank");
        } else {
            Secret secret = HangGuard.call("Secret.of", () -> Secret.of(value));
            assertThat(secret.reveal()).isEqualTo(value);
            assertThat(secret).hasToString(Secret.MASK).isEqualTo(Secret.of(value)).hasSameHashCodeAs(Secret.of(value));
        }
    }

    @Provide
    Arbitrary<String> secretText() {
        return Arbitraries.oneOf(Generators.hostileText(Generators.TRICKY + "ab1 "),
                Arbitraries.strings().withChars(" \t\n\r\u000B\u000C\u001C\u2028\u3000").ofMaxLength(5));
    }

    // ---- every parser, very long input -------------------------------------------------------

    @Property(tries = 200)
    void veryLongInputIsRefusedQuicklyWithAShortMessage(@ForAll("veryLongText") String input) {
        CorpusTally.generated("veryLongInputIsRefusedQuicklyWithAShortMessage");
        assertThat(ParseContract.apply("PhoneNumber.parse", PhoneNumber::parse, input).parsed()).isFalse();
        assertThat(ParseContract.apply("SipUri.parse", SipUri::parse, input).parsed()).isFalse();
        assertThat(ParseContract.apply("SipUri.parseDomainOrUri", SipUri::parseDomainOrUri, input).parsed()).isFalse();
        assertThat(ParseContract.apply("IpRange.parse", IpRange::parse, input).parsed()).isFalse();
    }

    /** @return 600 to 10 000 characters: repeated valid-looking fragments, or noise */
    @Provide
    Arbitrary<String> veryLongText() {
        Arbitrary<String> repeated = Combinators.combine(
                Arbitraries.of("sip:", "1", "+33", "a.", "::", "1.1.", "[", "@", ";x=", "(0)", " ", "\u200B"),
                Arbitraries.integers().between(600, 10_000))
                .as((fragment, length) -> fragment.repeat(length / fragment.length() + 1).substring(0, length));
        Arbitrary<String> prefixed = repeated.map(s -> "sip:" + s);
        Arbitrary<String> noise = Arbitraries.strings().all().ofMinLength(600).ofMaxLength(10_000);
        return Arbitraries.oneOf(repeated, prefixed, noise);
    }
}
