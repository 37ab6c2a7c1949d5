package io.trunkline.synthflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.spi.ManualStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynthflowManualStepsTest extends PlatformTestBase {

    @Test
    void asksToConfirmEngineVersionWhenThePlanDoesNotStateIt() {
        IntegrationPlan plan = TestPlans.ipAllowlist().build();

        ManualStep step = platform.manualSteps(plan.validated()).get(0);

        assertThat(step.id()).isEqualTo("synthflow.engine-version");
        assertThat(step.title()).isEqualTo("Confirm the assistant runs engine v2.0 or later");
        assertThat(step.dashboardPath()).isEqualTo("Synthflow dashboard → Assistants → " + MODEL_ID + " → Settings");
        assertThat(step.fields()).extracting(ManualStep.Field::label, ManualStep.Field::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Assistant ID", MODEL_ID),
                        org.assertj.core.groups.Tuple.tuple("Required engine", "2.0 or later"));
        assertThat(step.confirmation()).startsWith("caller confirmation");
        assertThat(step.apiCheck()).isFalse();
    }

    @Test
    void asksForSynthflowsCurrentSignallingIpsWhenAircallUsesAnIpAllowlist() {
        IntegrationPlan plan = TestPlans.ipAllowlist().build();

        ManualStep step = platform.manualSteps(plan.validated()).get(1);

        assertThat(step.id()).isEqualTo("synthflow.signalling-ips");
        assertThat(step.fields()).extracting(ManualStep.Field::label, ManualStep.Field::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Synthflow workspace ID", WORKSPACE),
                org.assertj.core.groups.Tuple.tuple("Synthflow SIP host", "sip.synthflow.ai"),
                org.assertj.core.groups.Tuple.tuple("Allowlist entry 1", "34.138.86.8"),
                org.assertj.core.groups.Tuple.tuple("Allowlist entry 2", "34.73.190.14"));
        assertThat(step.dashboardPath()).contains("Synthflow support");
        assertThat(String.join(" ", step.actions())).contains("Contact Synthflow support");
        assertThat(step.apiCheck()).isFalse();
    }

    @Test
    void needsNoStepWhenTheEngineVersionIsKnownAndAircallAuthenticatesWithCredentials() {
        assertThat(platform.manualSteps(TestPlans.credentials().build().validated())).isEmpty();
    }

    @Test
    void keepsTheSameStepsAndFingerprintsAcrossCallsSoConfirmationsHold() {
        IntegrationPlan plan = TestPlans.ipAllowlist().build();

        List<String> first = platform.manualSteps(plan.validated()).stream().map(ManualStep::fingerprint).toList();
        List<String> second = platform.manualSteps(plan.validated()).stream().map(ManualStep::fingerprint).toList();

        assertThat(first).hasSize(2).isEqualTo(second);
    }

    @Test
    void changesTheFingerprintWhenTheAllowlistChanges() {
        ManualStep before = platform.manualSteps(TestPlans.ipAllowlist().build().validated()).get(1);
        IntegrationPlan changed = TestPlans.ipAllowlist()
                .destination(io.trunkline.core.model.SipDestination.builder()
                        .auth(io.trunkline.core.model.SipAuth.ipAllowlist("34.138.86.8")).build())
                .build();

        assertThat(platform.manualSteps(changed.validated()).get(1).fingerprint()).isNotEqualTo(before.fingerprint());
    }
}
