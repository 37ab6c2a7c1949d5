package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ChangePlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.testkit.VendorProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotating the SIP trunk password lapses the confirmation of every dashboard step that shows it
 * (the Aircall SIP destination, under credentials auth) and of no other, although the step shows
 * only {@code ****}; and neither the password nor the digest that stands for it reaches a
 * rendering, a {@code toString} or the state file.
 */
class SecretRotationTest {

    @TempDir
    Path dir;

    @Test
    void rotatingTheSipPasswordLapsesOnlyTheStepsThatShowItAndLeaksNeitherItNorItsDigest() throws IOException {
        Path stateFile = dir.resolve("state.json");
        try (Vendors vendors = new Vendors(1, VendorProfile.DOCUMENTED_ONLY)) {
            IntegrationEngine engine = Sdk.against(vendors).store(StateStore.file(stateFile)).build().engine;
            IntegrationPlan original = Plans.integration(0);
            List<String> outputs = new ArrayList<>();

            ApplyResult converged = engine.converge(original, ApplyListener.NONE, ManualStepConfirmer.NONE);
            outputs.add(converged.toString());
            List<ManualStep> steps = manualSteps(engine.plan(original), Change.Action.MANUAL);
            assertThat(steps).extracting(ManualStep::id).contains("aircall.sip-destination", "aircall.smartflow");
            steps.forEach(step -> engine.confirmManualStep(original, step.id()));
            ChangePlan confirmed = engine.plan(original);
            assertThat(manualSteps(confirmed, Change.Action.MANUAL)).as("every step confirmed").isEmpty();

            Set<String> showingThePassword = steps.stream()
                    .filter(step -> step.fields().stream().anyMatch(ManualStep.Field::sensitive))
                    .map(ManualStep::id).collect(Collectors.toSet());
            assertThat(showingThePassword).containsExactly("aircall.sip-destination");

            IntegrationPlan rotated = Plans.integration(0, Secrets.rotatedSipPassword());
            ChangePlan afterRotation = engine.plan(rotated);
            assertThat(manualSteps(afterRotation, Change.Action.MANUAL)).extracting(ManualStep::id)
                    .as("the steps that show the password are to do again")
                    .containsExactlyInAnyOrderElementsOf(showingThePassword);
            assertThat(manualSteps(afterRotation, Change.Action.NO_OP)).extracting(ManualStep::id)
                    .as("the others stay confirmed")
                    .containsExactlyInAnyOrderElementsOf(steps.stream().map(ManualStep::id)
                            .filter(id -> !showingThePassword.contains(id)).toList());

            engine.confirmManualStep(rotated, "aircall.sip-destination");
            ChangePlan reconfirmed = engine.plan(rotated);
            assertThat(manualSteps(reconfirmed, Change.Action.MANUAL)).isEmpty();
            assertThat(manualSteps(engine.plan(original), Change.Action.MANUAL)).extracting(ManualStep::id)
                    .as("the old password's confirmation was replaced").containsExactly("aircall.sip-destination");

            List<String> digests = new ArrayList<>();
            for (ChangePlan plan : List.of(confirmed, afterRotation, reconfirmed)) {
                for (PlanFormat format : PlanFormat.values()) {
                    outputs.add(plan.render(format));
                }
                outputs.add(plan.toString());
                plan.changes().forEach(change -> outputs.add(change.toString()));
                manualSteps(plan, null).forEach(step -> step.fields().stream().filter(ManualStep.Field::sensitive)
                        .forEach(field -> digests.add(field.secretDigest())));
            }
            outputs.add(engine.verify(rotated).toString());
            outputs.add(Files.readString(stateFile, StandardCharsets.UTF_8));

            assertThat(digests).as("the SIP destination step of each of the three plans").hasSize(3)
                    .allMatch(d -> d.matches("[0-9a-f]{64}"));
            assertThat(Set.copyOf(digests)).as("one digest per password").hasSize(2);
            for (String output : outputs) {
                assertThat(output).doesNotContain(Secrets.SIP_PASSWORD).doesNotContain(Secrets.ROTATED_SIP_PASSWORD);
                for (String digest : digests) {
                    // the fingerprint's 12 hex digits are a hash over the digest, not a piece of it
                    assertThat(output).doesNotContain(digest.substring(0, 12)).doesNotContain(digest.substring(52));
                }
            }
        }
    }

    /** @param action the action to keep, or {@code null} for every manual step */
    private static List<ManualStep> manualSteps(ChangePlan plan, Change.Action action) {
        return plan.changes().stream().filter(c -> c.manual().isPresent())
                .filter(c -> action == null || c.action() == action)
                .map(Change::manual).map(java.util.Optional::orElseThrow).toList();
    }
}
