package io.trunkline.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bad plan of {@link BadPlans} and checks that the named rule fires at the named field
 * path, and that every {@link DiagnosticCode} is triggered by at least one of them.
 */
class RuleCatalogTest {

    // Surefire runs in the module directory; the doc sits at the repository root
    private static final Path RULES_DOC = Path.of("..", "docs", "validation-rules.md");

    static Stream<Arguments> badPlans() {
        return BadPlans.all().stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void eachBadPlanIsReportedWithItsRuleCodeAndFieldPath(BadPlans.Case badPlan) {
        ValidationReport report = badPlan.plan().get().validate();

        assertThat(report.at(badPlan.path()))
                .as("diagnostics at %s in%n%s", badPlan.path(), report)
                .anySatisfy(d -> {
                    assertThat(d.code()).isEqualTo(badPlan.code());
                    assertThat(d.cause()).isEqualTo(d.code().why());
                    assertThat(d.severity()).isEqualTo(badPlan.severity());
                    assertThat(d.message()).isNotBlank();
                    assertThat(d.fix()).isNotBlank();
                    if (badPlan.fragment() != null) {
                        assertThat(d.message()).contains(badPlan.fragment());
                    }
                });
        // a warning alone never blocks the plan; an error always does
        assertThat(report.isValid()).as("valid? %s", report).isEqualTo(badPlan.severity() == Severity.WARNING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlans")
    void noDiagnosticEverCarriesASecretOrAnInvisibleCharacter(BadPlans.Case badPlan) {
        ValidationReport report = badPlan.plan().get().validate();

        assertThat(report.diagnostics()).allSatisfy(d -> {
            assertThat(d.toString())
                    .doesNotContain(GuidePlans.SIP_PASSWORD)
                    .doesNotContain(BadPlans.URI_PASSWORD)
                    .doesNotContain("\u200B")
                    .doesNotContain("\r");
            // the only line break is the one toString puts before the fix: input never adds one
            assertThat(d.message() + d.fix() + d.subject()).doesNotContain("\n");
            assertThat(d.toString()).hasLineCount(2);
            assertThat(d.subject()).matches("[a-zA-Z]+(\\.[a-zA-Z]+|\\[\\d+])*");
        });
    }

    @Test
    void everyRuleIsTriggeredByAtLeastOneBadPlan() throws IOException {
        Set<DiagnosticCode> covered = BadPlans.all().stream().map(BadPlans.Case::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DiagnosticCode.class)));

        assertThat(documentedRules()).as("rules of %s", RULES_DOC).hasSizeGreaterThanOrEqualTo(60);
        assertThat(documentedRules().stream().filter(r -> !covered.contains(r)).toList())
                .as("rules without a triggering plan in BadPlans").isEmpty();
        assertThat(covered).as("codes BadPlans triggers but %s does not list", RULES_DOC)
                .isSubsetOf(documentedRules());
    }

    /** @return the codes docs/validation-rules.md lists: the rules validate() checks */
    private static Set<DiagnosticCode> documentedRules() throws IOException {
        Matcher row = Pattern.compile("(?m)^\\| ([A-Z][A-Z0-9_]+)(?: \\(W\\))? \\|").matcher(Files.readString(RULES_DOC));
        Set<DiagnosticCode> codes = EnumSet.noneOf(DiagnosticCode.class);
        while (row.find()) {
            codes.add(DiagnosticCode.valueOf(row.group(1)));
        }
        return codes;
    }

    @Test
    void theCatalogHoldsAtLeastSixtyBadPlans() {
        assertThat(BadPlans.all()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyCodeHasAStableNameAndSaysWhy() {
        assertThat(DiagnosticCode.values()).allSatisfy(code -> {
            assertThat(code.name()).matches("[A-Z][A-Z0-9_]+");
            assertThat(code.why()).isNotBlank().endsWith(".");
        });
    }
}
