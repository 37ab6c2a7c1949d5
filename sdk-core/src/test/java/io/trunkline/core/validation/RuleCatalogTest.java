package io.trunkline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every bad plan of {@link BadPlans} and checks that the named rule fires at the named field
 * path, and that every {@link Rule} is triggered by at least one of them.
 */
class RuleCatalogTest {

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
                    assertThat(d.code()).isEqualTo(badPlan.rule().name());
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
            assertThat(d.message() + d.fix() + d.path()).doesNotContain("\n");
            assertThat(d.toString()).hasLineCount(2);
            assertThat(d.path()).matches("[a-zA-Z]+(\\.[a-zA-Z]+|\\[\\d+])*");
        });
    }

    @Test
    void everyRuleIsTriggeredByAtLeastOneBadPlan() {
        Set<Rule> covered = BadPlans.all().stream().map(BadPlans.Case::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

        List<Rule> uncovered = Arrays.stream(Rule.values()).filter(r -> !covered.contains(r)).toList();

        assertThat(uncovered).as("rules without a triggering plan in BadPlans").isEmpty();
    }

    @Test
    void theCatalogHoldsAtLeastSixtyBadPlans() {
        assertThat(BadPlans.all()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyRuleHasAStableCodeAndASummary() {
        assertThat(Rule.values()).allSatisfy(rule -> {
            assertThat(rule.code()).isEqualTo(rule.name()).matches("[A-Z][A-Z0-9_]+");
            assertThat(rule.summary()).isNotBlank().endsWith(".");
        });
    }
}
