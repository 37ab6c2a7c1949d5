package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.testsupport.ManualClock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunbookTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final AircallContactCenter center = AircallContactCenter.create(AircallWireMock.client(aircall, new ManualClock(AircallWireMock.START)));

    @BeforeEach
    void company() {
        AircallCompany.stub(aircall);
    }

    private static ManualStep step(List<ManualStep> steps, String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String value(ManualStep step, String label) {
        return step.fields().stream().filter(f -> f.label().equals(label)).map(ManualStep.Field::value).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label + " in " + step.fields()));
    }

    private static IntegrationPlan withFallback(SmartflowStep.Fallback fallback) {
        return TestPlans.happyPath().smartflow(Smartflow.builder()
                .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).fallback(fallback).build())
                .build()).build();
    }

    @Test
    void theStepsComeInOrderWithStableIds() {
        assertThat(center.manualSteps(TestPlans.happyPath().build().validated())).extracting(ManualStep::id)
                .containsExactly("aircall.sip-destination", "aircall.smartflow", "aircall.transfer-lines");
    }

    @Test
    void aRunbookReadsEachLineTeamAndUserOnce() {
        center.manualSteps(TestPlans.happyPath().build().validated());

        assertThat(aircall.getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder("/v1/numbers?page=1&per_page=50", "/v1/teams/678");
    }

    @Test
    void aSnapshotSharesItsReadsBetweenLookupsAndTheRunbook() {
        AircallContactCenter snapshot = center.snapshot();
        snapshot.findTeam(678);
        snapshot.findLineByDid(PhoneNumber.parse(TestPlans.DID));

        snapshot.manualSteps(TestPlans.happyPath().build().validated());
        snapshot.teardownSteps(TestPlans.happyPath().build().validated());

        assertThat(aircall.getAllServeEvents()).extracting(e -> e.getRequest().getUrl())
                .containsExactlyInAnyOrder("/v1/numbers?page=1&per_page=50", "/v1/teams/678");
    }

    @Test
    void theOfflineViewSendsNoRequestAndNamesEverythingByItsId() {
        List<ManualStep> steps = center.offline().manualSteps(TestPlans.happyPath().build().validated());

        assertThat(aircall.getAllServeEvents()).isEmpty();
        assertThat(value(step(steps, "aircall.smartflow"), "Step 1 → Fallback")).isEqualTo("team ID 678");
        assertThat(step(steps, "aircall.smartflow").dashboardPath()).contains("(not read: offline plan)");
        assertThat(center.offline().findLineByDid(PhoneNumber.parse(TestPlans.DID))).isEmpty();
    }

    @Test
    void onlyTheSmartflowStepHasAnApiCheck() {
        assertThat(center.manualSteps(TestPlans.happyPath().build().validated()))
                .extracting(ManualStep::id, ManualStep::apiCheck)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aircall.sip-destination", false),
                        org.assertj.core.groups.Tuple.tuple("aircall.smartflow", true),
                        org.assertj.core.groups.Tuple.tuple("aircall.transfer-lines", false));
    }

    @Test
    void thereIsNoTransferLinesStepWhenOnlyLinesAreTargets() {
        IntegrationPlan plan = TestPlans.happyPath().transferTargets(List.of(TransferTarget.line(5678).build())).build();

        assertThat(center.manualSteps(plan.validated())).extracting(ManualStep::id)
                .containsExactly("aircall.sip-destination", "aircall.smartflow");
    }

    @Test
    void aFallbackTeamAircallDoesNotKnowIsShownByItsId() {
        aircall.stubFor(get(urlPathEqualTo("/v1/teams/678")).willReturn(AircallCompany.notFound()));

        ManualStep smartflow = step(center.manualSteps(TestPlans.happyPath().build().validated()), "aircall.smartflow");

        assertThat(value(smartflow, "Step 1 → Fallback")).isEqualTo("team ID 678");
    }

    @Test
    void userAndVoicemailFallbacksAreNamed() {
        ManualStep toUser = step(center.manualSteps(withFallback(SmartflowStep.ringUser(456)).validated()), "aircall.smartflow");
        ManualStep toVoicemail = step(center.manualSteps(withFallback(SmartflowStep.voicemail()).validated()), "aircall.smartflow");

        assertThat(value(toUser, "Step 1 → Fallback")).isEqualTo("user Jane Doe (ID 456)");
        assertThat(value(toVoicemail, "Step 1 → Fallback")).isEqualTo("voicemail");
    }

    @Test
    void credentialsAreMaskedAndSayWhereThePasswordIs() {
        List<ManualStep> steps = center.manualSteps(TestPlans.afterHoursWithCredentials().build().validated());
        ManualStep destination = step(steps, "aircall.sip-destination");

        assertThat(destination.fields()).filteredOn(ManualStep.Field::sensitive).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Password");
            assertThat(f.value()).isEqualTo("****");
            assertThat(f.note()).isEqualTo("the password of the Synthflow SIP number +33123456789; copy it precisely");
        });
        assertThat(value(destination, "Username")).isEqualTo("aircall-trunk");
        assertThat(steps.toString()).doesNotContain(TestPlans.SIP_PASSWORD);
    }

    @Test
    void theBusinessHoursConditionComesBeforeTheForwardStepAndMarksTheAiBranch() {
        ManualStep smartflow = step(center.manualSteps(TestPlans.afterHoursWithCredentials().build().validated()), "aircall.smartflow");
        List<String> labels = smartflow.fields().stream().map(ManualStep.Field::label).toList();

        assertThat(labels.indexOf("Step 1")).isLessThan(labels.indexOf("Step 1 → When closed"));
        assertThat(value(smartflow, "Step 1")).isEqualTo("Business Hours");
        assertThat(smartflow.fields()).filteredOn(f -> f.label().equals("Step 1 → When closed")).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo("this branch leads to the AI (Synthflow)"));
        assertThat(smartflow.actions().get(0)).startsWith("Add the Business Hours condition first");
    }

    @Test
    void transferringThroughTheForwardingLineItselfIsFlagged() {
        IntegrationPlan plan = TestPlans.happyPath()
                .transferTargets(List.of(TransferTarget.team(678).viaLine(1234).build())).build();

        ManualStep lines = step(center.manualSteps(plan.validated()), "aircall.transfer-lines");

        assertThat(lines.fields()).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Line Paris support (+33123456789, line 1234)");
            assertThat(f.value()).isEqualTo("Ring team Support L1 (ID 678)");
            assertThat(f.note()).contains("Warning: this line forwards to Synthflow");
        });
    }

    @Test
    void teardownRemovesTheForwardStepBeforeTheDestinationNamingTheLineByItsDidWithoutReading() {
        List<ManualStep> steps = center.teardownSteps(TestPlans.happyPath().build().validated());

        assertThat(aircall.getAllServeEvents()).as("Aircall requests").isEmpty();
        assertThat(steps).extracting(ManualStep::id)
                .containsExactly("aircall.smartflow.remove-forward", "aircall.sip-destination.remove");
        assertThat(steps.get(0).dashboardPath())
                .isEqualTo("Aircall Dashboard → Numbers → +33123456789 → Edit Smartflow");
        assertThat(value(steps.get(0), "Route calls instead to")).isEqualTo("team ID 678");
        assertThat(value(steps.get(0), "Step to remove")).isEqualTo("Forward to External SIP → Synthflow AI");
        assertThat(steps.get(0).actions()).containsExactly("Remove the Forward to External SIP step", "Click Save",
                "Click Publish");
        assertThat(value(steps.get(1), "Name")).isEqualTo("Synthflow AI");
        assertThat(steps.get(1).dashboardPath()).isEqualTo("Aircall Dashboard → Integrations → SIP / External SIP");
    }
}
