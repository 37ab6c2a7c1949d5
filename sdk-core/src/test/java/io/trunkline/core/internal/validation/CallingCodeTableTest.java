package io.trunkline.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generates {@code calling-codes.tsv} from libphonenumber's metadata and holds the committed copy, and
 * {@link PhoneNumber#parse}, to libphonenumber as the oracle.
 *
 * <p>The table is committed rather than generated during the build so that the core jar needs no
 * phone library and the build no extra plugin; this test fails as soon as the committed table drifts
 * from the libphonenumber version in the parent POM. To regenerate after raising that version:
 * {@code mvn -pl sdk-core test -Dtest=CallingCodeTableTest -Dtrunkline.regenerateCallingCodes=true}.
 */
class CallingCodeTableTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private static final Path SOURCE = Path.of("src/main/resources/io/trunkline/core/internal/validation",
            CallingCodes.RESOURCE);

    @Test
    void theCommittedTableIsWhatLibphonenumberSaysToday() throws IOException {
        String generated = render();
        if (Boolean.getBoolean("trunkline.regenerateCallingCodes")) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
        }
        String committed;
        try (InputStream in = CallingCodes.class.getResourceAsStream(CallingCodes.RESOURCE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(committed).as("calling-codes.tsv drifted from libphonenumber %s; regenerate it (see this test's "
                + "javadoc)", libphonenumberVersion()).isEqualTo(generated);
        assertThat(CallingCodes.table()).hasSize(UTIL.getSupportedCallingCodes().size()).hasSizeGreaterThan(200);
    }

    @Test
    void noExampleNumberOfAnyTypeInAnyRegionIsRefusedByTheTable() {
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Phonenumber.PhoneNumber example : allExampleNumbers()) {
            String e164 = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
            // the few examples shorter than E.164's 7 digits (e.g. Iran's +98 9601) are refused for their length
            if (refusal(e164) == NumberingPlanException.class) {
                refused.add(PhoneNumber.problemWith(e164));
            }
            checked++;
        }

        assertThat(refused).as("valid numbers refused").isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void exactlyTheUnassignedCountryCodesAreRefusedAsSuch() {
        Set<Integer> supported = UTIL.getSupportedCallingCodes();
        List<String> wrong = new ArrayList<>();
        for (int code = 1; code <= 999; code++) {
            String number = "+" + code + "5".repeat(9 - String.valueOf(code).length());
            if (prefixOfSupported(code, supported)) {
                continue; // e.g. +2: not a code itself, but every +2x number has a longer code
            }
            boolean refused = refusal(number) == NumberingPlanException.class && PhoneNumber.problemWith(number)
                    .contains("which is not an assigned country code");
            if (refused == supported.contains(code)) {
                wrong.add("+" + code + (refused ? " refused" : " accepted"));
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(PhoneNumber.problemWith("+999 123 4567 89")).isEqualTo("phone number '+999 123 4567 89' starts "
                + "with +999, which is not an assigned country code (neither are its shorter prefixes); check the "
                + "country code, e.g. +44 for the United Kingdom or +1 for the US");
    }

    /**
     * Every example number of every region, written with each of that region's trunk prefixes (and 0)
     * kept after the country code. libphonenumber is the oracle twice over: whatever we refuse is not
     * a valid number as written; and wherever libphonenumber's own parser drops the prefix (its
     * {@code national_prefix_for_parsing}) because the number is impossible with it, we refuse it too.
     */
    @Test
    void aKeptTrunkPrefixIsRefusedExactlyWhereLibphonenumberDropsItFromAnImpossibleNumber()
            throws NumberParseException {
        List<String> wrong = new ArrayList<>();
        int refusedCount = 0;
        int droppedCount = 0;
        for (Phonenumber.PhoneNumber example : allExampleNumbers()) {
            String region = UTIL.getRegionCodeForNumber(example);
            String national = UTIL.getNationalSignificantNumber(example);
            Set<String> prefixes = new LinkedHashSet<>();
            String ndd = region == null ? null : UTIL.getNddPrefixForRegion(region, true);
            if (ndd != null && !ndd.isEmpty()) {
                prefixes.add(ndd);
            }
            prefixes.add("0");
            for (String prefix : prefixes) {
                String written = "+" + example.getCountryCode() + prefix + national;
                if (written.length() > 16) {
                    continue; // beyond E.164's 15 digits: refused for its length, not by the table
                }
                Phonenumber.PhoneNumber asWritten = asWritten(example.getCountryCode(), prefix + national);
                boolean refused = refusal(written) == NumberingPlanException.class;
                boolean dropped = !UTIL.format(UTIL.parse(written, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.E164)
                        .equals(written);
                boolean impossible = !UTIL.isPossibleNumber(asWritten);
                refusedCount += refused ? 1 : 0;
                droppedCount += dropped && impossible ? 1 : 0;
                if (refused && UTIL.isValidNumber(asWritten)) {
                    wrong.add(written + " is a valid number for libphonenumber but refused");
                }
                if (dropped && impossible && !refused) {
                    wrong.add(written + " is impossible and libphonenumber drops its " + prefix + ", but it was accepted");
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(droppedCount).as("impossible numbers whose prefix libphonenumber drops").isGreaterThan(400);
        assertThat(refusedCount).isGreaterThanOrEqualTo(droppedCount);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +376 0712345          | has a 0 after the country code +376 that no number there has, like a national trunk prefix; drop that 0 (e.g. +376712345)
            +33 06 12 34 56 78    | keeps the national trunk prefix 0 after the country code +33; drop that 0 (e.g. +33612345678)
            +44 020 7946 0958     | keeps the national trunk prefix 0 after the country code +44; drop that 0 (e.g. +442079460958)
            +7 8 495 123 45 67    | keeps the national trunk prefix 8 after the country code +7; drop that 8 (e.g. +74951234567)
            +1 1 415 555 0100     | keeps the national trunk prefix 1 after the country code +1; drop that 1 (e.g. +14155550100)
            +49 030 1234567       | keeps the national trunk prefix 0 after the country code +49; drop that 0 (e.g. +49301234567)
            +61 04 1234 5678      | keeps the national trunk prefix 0 after the country code +61; drop that 0 (e.g. +61412345678)
            +81 090 1234 5678     | keeps the national trunk prefix 0 after the country code +81; drop that 0 (e.g. +819012345678)
            +36 06 1 234 5678     | keeps the national trunk prefix 06 after the country code +36; drop that 06 (e.g. +3612345678)
            +55 0 11 91234 5678   | keeps the national trunk prefix 0 after the country code +55; drop that 0 (e.g. +5511912345678)
            """)
    void trunkPrefixesAreNamedForCountriesAllOverTheWorld(String written, String problem) throws NumberParseException {
        String suggested = problem.substring(problem.indexOf("(e.g. ") + 6, problem.length() - 1);
        Phonenumber.PhoneNumber fixed = UTIL.parse(suggested, "ZZ");
        String code = String.valueOf(fixed.getCountryCode());
        String national = written.replaceAll("[^0-9]", "").substring(code.length());
        // the oracle: libphonenumber finds the number invalid as written and valid as the message suggests
        assertThat(UTIL.isValidNumber(asWritten(fixed.getCountryCode(), national))).as("as written").isFalse();
        assertThat(UTIL.isValidNumber(fixed)).as("as suggested").isTrue();

        assertThat(PhoneNumber.problemWith(written)).isEqualTo("phone number '" + written + "' " + problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +39 06 1234 5678      | +390612345678
            +39 02 1234 5678      | +390212345678
            +7 800 555 35 35      | +78005553535
            +225 07 12 34 56 78   | +2250712345678
            +378 0549 123456      | +3780549123456
            +1 415 555 0100       | +14155550100
            +800 1234 5678        | +80012345678
            """)
    void numbersThatLegitimatelyStartWithTheirTrunkDigitAreAccepted(String written, String e164)
            throws NumberParseException {
        assertThat(UTIL.isPossibleNumber(UTIL.parse(written, "ZZ"))).as("libphonenumber on %s", written).isTrue();
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +44 20 7946 095       | +441212345678
            0044 20 7946 095 x    | +441212345678
            +49 30 12x            | +4930123456
            01 23 45 67 89        | +33123456789
            +999 12               | +33123456789
            """)
    void examplesInMessagesComeFromTheNumbersOwnCountry(String written, String example) {
        assertThat(CallingCodes.exampleFor(written)).isEqualTo(example);
        assertThat(UTIL.isValidNumber(parseOrNull(example))).isTrue();
    }

    @Test
    void theFixForAMistypedUkDidShowsAUkExample() {
        io.trunkline.core.diagnostic.ValidationReport report = io.trunkline.core.GuidePlans.ipAllowlist()
                .did("+44 20 7946 095 5555 5555").build().validate();

        assertThat(report.at("did")).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(io.trunkline.core.diagnostic.DiagnosticCode.DID_FORMAT);
            assertThat(d.fix()).isEqualTo("write the DID in E.164 form, e.g. +441212345678");
        });
    }

    // ---- the generator --------------------------------------------------------------------------

    /** Renders the table: one line per calling code, fields as {@link CallingCodes} reads them. */
    static String render() {
        StringBuilder out = new StringBuilder()
                .append("# Country calling codes, generated from libphonenumber ").append(libphonenumberVersion())
                .append(" by CallingCodeTableTest; do not edit by hand.\n")
                .append("# code\tregions\ttrunk prefixes\tleading digit pairs of national numbers (d=seconds)\t")
                .append("national number lengths\texample\n");
        for (int code : new TreeSet<>(UTIL.getSupportedCallingCodes())) {
            List<String> regions = UTIL.getRegionCodesForCountryCode(code);
            Set<String> trunkPrefixes = new TreeSet<>();
            Map<Character, Set<Character>> pairs = new TreeMap<>();
            Set<Integer> lengths = new TreeSet<>();
            for (String region : regions) {
                PhoneMetadata metadata = region.equals("001") ? METADATA.getMetadataForNonGeographicalRegion(code)
                        : METADATA.getMetadataForRegion(region);
                String ndd = region.equals("001") ? null : UTIL.getNddPrefixForRegion(region, true);
                if (ndd != null && !ndd.isEmpty()) {
                    trunkPrefixes.add(ndd);
                }
                addLeadingPairs(metadata.getGeneralDesc().getNationalNumberPattern(), pairs);
                lengths.addAll(metadata.getGeneralDesc().getPossibleLengthList());
            }
            out.append(code).append('\t').append(String.join(",", regions)).append('\t')
                    .append(trunkPrefixes.isEmpty() ? "-" : String.join(",", trunkPrefixes)).append('\t')
                    .append(pairs(pairs)).append('\t')
                    .append(String.join(",", lengths.stream().map(String::valueOf).toList())).append('\t')
                    .append(example(code, regions)).append('\n');
        }
        return out.toString();
    }

    /** A pair is possible when the pattern matches it or could match a longer number starting with it. */
    private static void addLeadingPairs(String pattern, Map<Character, Set<Character>> pairs) {
        Pattern p = Pattern.compile(pattern);
        for (char first = '0'; first <= '9'; first++) {
            for (char second = '0'; second <= '9'; second++) {
                Matcher m = p.matcher("" + first + second);
                if (m.matches() || m.hitEnd()) {
                    pairs.computeIfAbsent(first, k -> new TreeSet<>()).add(second);
                }
            }
        }
    }

    private static String pairs(Map<Character, Set<Character>> pairs) {
        List<String> groups = new ArrayList<>();
        pairs.forEach((first, seconds) -> {
            StringBuilder group = new StringBuilder().append(first).append('=');
            seconds.forEach(group::append);
            groups.add(group.toString());
        });
        return String.join(" ", groups);
    }

    private static String example(int code, List<String> regions) {
        Phonenumber.PhoneNumber example = regions.get(0).equals("001") ? UTIL.getExampleNumberForNonGeoEntity(code)
                : UTIL.getExampleNumber(regions.get(0));
        return example == null ? "-" : UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** From the jar's Maven metadata, so that the table says which metadata it came from. */
    private static String libphonenumberVersion() {
        try (InputStream in = PhoneNumberUtil.class.getResourceAsStream(
                "/META-INF/maven/com.googlecode.libphonenumber/libphonenumber/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("cannot tell libphonenumber's version", e);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static List<Phonenumber.PhoneNumber> allExampleNumbers() {
        List<Phonenumber.PhoneNumber> examples = new ArrayList<>();
        for (String region : UTIL.getSupportedRegions()) {
            for (PhoneNumberType type : UTIL.getSupportedTypesForRegion(region)) {
                Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example != null) {
                    examples.add(example);
                }
            }
        }
        for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            for (PhoneNumberType type : UTIL.getSupportedTypesForNonGeoEntity(code)) {
                Phonenumber.PhoneNumber example = UTIL.getExampleNumberForNonGeoEntity(code);
                if (example != null && type != null) {
                    examples.add(example);
                }
            }
        }
        return examples;
    }

    /** Whether {@code code} is not a code at all: a prefix of a longer code, or a longer form of a shorter one. */
    /** The number exactly as written, leading zeros included, which {@code parse} would not keep. */
    private static Phonenumber.PhoneNumber asWritten(int countryCode, String national) {
        int zeros = 0;
        while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
            zeros++;
        }
        Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(countryCode)
                .setNationalNumber(Long.parseLong(national));
        if (zeros > 0) {
            number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        return number;
    }

    private static boolean prefixOfSupported(int code, Set<Integer> supported) {
        String text = String.valueOf(code);
        return !supported.contains(code) && supported.stream().map(String::valueOf)
                .anyMatch(s -> s.length() > text.length() ? s.startsWith(text) : text.startsWith(s));
    }

    private static Class<?> refusal(String number) {
        try {
            PhoneNumber.parse(number);
            return null;
        } catch (InvalidConfigurationException e) {
            return e.getClass();
        }
    }

    private static Phonenumber.PhoneNumber parseOrNull(String number) {
        try {
            return UTIL.parse(number, "ZZ");
        } catch (NumberParseException e) {
            return null;
        }
    }
}
