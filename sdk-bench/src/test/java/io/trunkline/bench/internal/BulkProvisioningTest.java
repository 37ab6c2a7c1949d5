package io.trunkline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk benchmark's conclusion follows from its figures, whichever floor sets the pace. */
class BulkProvisioningTest {

    @Test
    void saysTheMachineSetsThePaceWhenTheUnlimitedRunIsSlowerThanTheBound() {
        String conclusion = BulkProvisioning.conclusion(360, 3.0, 3.6, 4.5);

        assertThat(conclusion).startsWith("This machine, not the rate limit, sets the pace")
                .contains("took 1.20 × the rate-limit lower bound", "the rate and lower-bound goals are not judgeable")
                .contains("1.50 × the lower bound, 1.25 × the higher of the two floors")
                .endsWith("pacing adds 25 % beyond what the machine imposes.");
    }

    @Test
    void saysTheLimitSetsThePaceWhenTheUnlimitedRunIsFaster() {
        String conclusion = BulkProvisioning.conclusion(480, 4.0, 2.0, 4.4);

        assertThat(conclusion).startsWith("The rate limit sets the pace: with no limit at all the batch took only 0.50 ×")
                .contains("1.10 × the lower bound, 1.10 × the higher of the two floors, within the goal of 1.15")
                .endsWith("pacing adds 10 % beyond what the limit imposes.");
    }

    @Test
    void saysPacingAddsNothingWhenThePacedRunIsNoSlowerThanItsFloor() {
        assertThat(BulkProvisioning.conclusion(360, 3.0, 3.6, 3.3)).endsWith("0.92 × the higher of the two floors, within the"
                + " goal of 1.15: pacing adds nothing measurable beyond what the machine imposes.");
    }

    @Test
    void saysTheLimitCannotSetThePaceWhenTheBatchFitsInOneWindow() {
        String conclusion = BulkProvisioning.conclusion(6, 0.05, 1.86, 1.61);

        assertThat(conclusion).startsWith("The limit cannot set the pace: the batch's 6 Aircall requests fit in one window")
                .contains("took 37.20 × the lower bound", "32.20 × the lower bound, 0.87 × the higher of the two floors")
                .endsWith("pacing adds nothing measurable beyond what the machine imposes.");
    }

    @Test
    void judgesTheRateGoalsOnlyWhenTheLimitSetsThePace() {
        assertThat(BulkProvisioning.rateGoalsNotJudgeable(6, 0.05, 1.86)).get().asString()
                .contains("6 Aircall requests fit in one window of the limit (120 per 1 s)");
        assertThat(BulkProvisioning.rateGoalsNotJudgeable(360, 3.0, 3.6)).get().asString()
                .contains("the machine, not the limit, sets the pace");
        assertThat(BulkProvisioning.rateGoalsNotJudgeable(480, 4.0, 2.0)).isEmpty();
    }

    @Test
    void takesTheMiddleOfAnOddAndTheMeanOfTheMiddlePairOfAnEvenSample() {
        assertThat(BulkProvisioning.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(BulkProvisioning.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
