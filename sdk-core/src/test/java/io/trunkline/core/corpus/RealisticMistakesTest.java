package io.trunkline.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.IpRange;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipUri;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@code corpus/realistic-mistakes.tsv}: a realistic mistake, the parser it goes to,
 * and what that parser answers (the canonical value, or a fragment of its message). Every error also
 * honours {@link ParseContract}: short, printable, and an {@code InvalidConfigurationException}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RealisticMistakesTest {

    private static final String FILE = "/corpus/realistic-mistakes.tsv";

    /** Each kind of row and the parser it exercises. */
    private static final Map<String, Function<String, Object>> PARSERS = Map.of(
            "phone", PhoneNumber::parse,
            "sip-uri", SipUri::parse,
            "termination-uri", SipUri::parseDomainOrUri,
            "ip", IpRange::parse);

    /**
     * One row of the corpus.
     *
     * @param line the line number in the file, for failure messages
     * @param kind which parser
     * @param written the input as written in the file, with escapes
     * @param expected {@code valid:<canonical>} or {@code error:<fragment>}
     * @param note why the row is there
     */
    record Row(int line, String kind, String written, String expected, String note) {

        String input() {
            return Escapes.decode(written);
        }

        @Override
        public String toString() {
            return "line " + line + " " + kind + " " + (written.isEmpty() ? "(empty)" : written)
                    + (note.isEmpty() ? "" : " — " + note);
        }
    }

    static List<Row> rows() {
        InputStream stream = Objects.requireNonNull(RealisticMistakesTest.class.getResourceAsStream(FILE), FILE);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String text;
            for (int line = 1; (text = reader.readLine()) != null; line++) {
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t", -1);
                if (columns.length < 3 || columns.length > 4) {
                    throw new IllegalStateException(FILE + " line " + line + " has " + columns.length + " columns");
                }
                rows.add(new Row(line, columns[0], columns[1], columns[2], columns.length == 4 ? columns[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @AfterAll
    static void reportWhenTheWholeCorpusHasRun() {
        CorpusTally.finished("RealisticMistakesTest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRealisticMistakeGetsItsDocumentedAnswer(Row row) {
        CorpusTally.curatedRow();
        Function<String, Object> parser = PARSERS.get(row.kind());
        assertThat(parser).as("kind of %s", row).isNotNull();

        ParseContract.Outcome<Object> outcome = ParseContract.apply(row.kind(), parser, row.input());

        if (row.expected().startsWith("valid:")) {
            assertThat(outcome.message()).as(row.toString()).isNull();
            assertThat(outcome.value()).as(row.toString()).hasToString(row.expected().substring("valid:".length()));
        } else {
            assertThat(row.expected()).as(row.toString()).startsWith("error:");
            assertThat(outcome.message()).as(row.toString()).isNotNull()
                    .contains(row.expected().substring("error:".length()));
        }
    }

    @Test
    void theCorpusHoldsAtLeastAHundredDistinctRowsCoveringEveryParser() {
        List<Row> rows = rows();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        Map<String, Long> perKind = rows.stream().collect(Collectors.groupingBy(Row::kind, Collectors.counting()));
        assertThat(perKind).containsOnlyKeys(PARSERS.keySet()).allSatisfy((kind, count) -> assertThat(count)
                .as(kind).isGreaterThanOrEqualTo(10));
        Set<String> seen = new HashSet<>();
        assertThat(rows).allSatisfy(row -> assertThat(seen.add(row.kind() + "\t" + row.written()))
                .as("duplicate %s", row).isTrue());
        assertThat(rows).filteredOn(row -> row.expected().startsWith("valid:")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows).filteredOn(row -> row.expected().startsWith("error:")).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void escapesDecodeToTheCharactersTheyName() {
        assertThat(Escapes.decode("a\\tb\\u200Bc\\\\d\\0\\R3{xy}e")).isEqualTo("a\tb\u200Bc\\d\0xyxyxye");
        assertThat(Escapes.decode("\\uD835\\uDFD7")).isEqualTo("\uD835\uDFD7");
    }
}
