package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.testsupport.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyTest {

    private final EngineFixture fx = new EngineFixture();
    private final IntegrationPlan integration = EngineFixture.plan();
    private final List<Duration> waits = new ArrayList<>();
    private final VerifyOptions options = new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(10),
            (status, elapsed, remaining) -> waits.add(elapsed));

    @Test
    void anAttachmentThatSettlesBeforeTheDeadlinePassesWithoutRealWaiting() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationPendingFor(9);

        VerificationReport report = fx.engine.verify(integration, options);

        assertThat(report.check("attachment").status()).isEqualTo(VerificationReport.Check.Status.PASSED);
        assertThat(report.readyForTestCall()).isTrue();
        assertThat(fx.clock.totalSlept()).isEqualTo(Duration.ofSeconds(90));
        assertThat(waits).hasSize(9).startsWith(Duration.ZERO, Duration.ofSeconds(10));
    }

    @Test
    void registrationIsNeverReportedAsPassedWithoutATestCall() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);

        VerificationReport report = fx.engine.verify(integration, options);

        VerificationReport.Check registration = report.check("registration");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.NOT_VERIFIABLE);
        assertThat(registration.reason()).contains("no API shows").contains("call " + integration.phoneNumber());
        assertThat(report.verified()).isFalse();
        assertThat(report.notVerifiable()).containsExactly(registration);
        assertThat(report.toString()).doesNotContain("PASSED         registration");
    }

    @Test
    void anAttachmentThatNeverSettlesFailsAtTheDeadlineWithAReason() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationPendingFor(Integer.MAX_VALUE);

        VerificationReport report = fx.engine.verify(integration, options);

        VerificationReport.Check registration = report.check("attachment");
        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(registration.reason()).contains("still pending after 180 s").contains("trunk credentials");
        assertThat(fx.clock.totalSlept()).isLessThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aFailedAttachmentStopsWaitingAtOnce() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationFails();

        VerificationReport.Check registration = fx.engine.verify(integration, options).check("attachment");

        assertThat(registration.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(registration.reason()).contains("401 Unauthorized");
        assertThat(fx.clock.totalSlept()).isZero();
    }

    @Test
    void unconfirmedManualStepsArePendingAndNothingIsVerifiedBeforeApply() {
        VerificationReport before = fx.engine.verify(integration, options);

        assertThat(before.check("sip-number").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(before.check("assistant-binding").status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(before.check("attachment").reason()).contains("not attempted");
        assertThat(before.check("attachment").diagnostic()).map(d -> d.code())
                .contains(DiagnosticCode.NUMBER_NOT_ATTACHED);
        assertThat(before.check("manual:aircall.smartflow").status()).isEqualTo(VerificationReport.Check.Status.PENDING);
    }

    @Test
    void anEmptyFallbackTeamFailsVerification() {
        fx.contactCenter.team(678, 0);
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);

        VerificationReport report = fx.engine.verify(integration, options);
        VerificationReport.Check fallback = report.check("fallback-team");

        assertThat(fallback.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(fallback.reason()).contains("has no users");
        assertThat(fallback.diagnostic()).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FALLBACK_TEAM_EMPTY);
            assertThat(fallback.reason()).isEqualTo(d.message() + "; " + d.fix());
        });
        assertThat(report.render(PlanFormat.JSON)).contains("\"reason\": \"" + fallback.reason() + "\",\n"
                + "      \"code\": \"FALLBACK_TEAM_EMPTY\"");
        assertThat(report.check("line").diagnostic()).as("a passed check carries no diagnostic").isEmpty();
    }

    @Test
    void aDetachedTransferActionFailsVerification() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.detachAction(io.trunkline.core.GuidePlans.ASSISTANT_ID, "action-2");

        VerificationReport.Check transfer = fx.engine.verify(integration, options).check("transfer:Sales line");

        assertThat(transfer.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(transfer.reason()).contains("not attached");
    }

    @Test
    void waitsAreReportedToTheListenerWithTheRegistrationStatus() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationPendingFor(1);
        List<AgentPlatform.RegistrationStatus> seen = new ArrayList<>();

        fx.engine.verify(integration, options.withListener((status, elapsed, remaining) -> seen.add(status)));

        assertThat(seen).singleElement().extracting(AgentPlatform.RegistrationStatus::state).isEqualTo(AgentPlatform.RegistrationStatus.State.PENDING);
    }

    @Test
    void eachWaitLongerThanASecondForTheAttachmentIsLoggedAtInfoWithWhatIsLeft() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationPendingFor(2);

        List<String> info;
        try (LogCapture log = new LogCapture()) {
            fx.engine.verify(integration, options);
            info = log.infoLines();
        }

        String waiting = "Waiting 10 s for Synthflow to attach " + integration.phoneNumber() + " to assistant "
                + io.trunkline.core.GuidePlans.ASSISTANT_ID;
        assertThat(info).hasSize(2);
        assertThat(info.get(0)).contains(waiting).endsWith(": 180 s left of 180 s");
        assertThat(info.get(1)).contains(waiting).endsWith(": 170 s left of 180 s");
    }

    @Test
    void waitsOfASecondOrLessStayBelowInfo() {
        fx.engine.converge(integration, ApplyListener.NONE, step -> true);
        fx.platform.registrationPendingFor(3);

        try (LogCapture log = new LogCapture()) {
            fx.engine.verify(integration, new VerifyOptions(Duration.ofMinutes(3), Duration.ofSeconds(1),
                    VerifyOptions.Listener.NONE));
            assertThat(log.infoLines()).isEmpty();
        }
        assertThat(fx.clock.totalSlept()).isEqualTo(Duration.ofSeconds(3));
    }
}
