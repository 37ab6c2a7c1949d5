package io.trunkline.examples;

import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.testkit.AircallDashboard;
import io.trunkline.testkit.AircallSimulator;

/**
 * Plays the person who follows the runbook in the simulated Aircall dashboard, and confirms the
 * Aircall steps by reading that dashboard back — the way a test harness would check a manual step.
 */
final class DashboardPerson implements ManualStepConfirmer {

    private final AircallSimulator aircall;
    private final IntegrationPlan plan;
    private final long lineId;

    DashboardPerson(AircallSimulator aircall, IntegrationPlan plan, long lineId) {
        this.aircall = aircall;
        this.plan = plan;
        this.lineId = lineId;
    }

    /** Enters the SIP destination and the Smartflow forward step in the simulated dashboard. */
    void followRunbook() {
        SipDestination destination = plan.destination().orElseThrow();
        AircallDashboard.SipDestination.Builder entered = AircallDashboard.SipDestination.builder(destination.name())
                .host(destination.host()).port(destination.port()).transport(destination.transport());
        if (destination.auth() instanceof SipAuth.IpAllowlist allowlist) {
            entered.ipAllowlist(allowlist.entries());
        } else if (destination.auth() instanceof SipAuth.Credentials credentials) {
            entered.credentials(credentials.username(), credentials.password());
        }
        aircall.dashboard().sipDestination(entered.build());
        SmartflowStep.ForwardToSip forward = plan.smartflow().orElseThrow().forwardStep().orElseThrow();
        AircallDashboard.SmartflowForward.Builder step = AircallDashboard.SmartflowForward.builder(lineId, forward.destination())
                .timeout(forward.timeout());
        if (forward.fallback() instanceof SmartflowStep.RingTeam team) {
            step.fallbackTeamId(team.teamId());
        }
        aircall.dashboard().smartflowForward(step.build());
    }

    @Override
    public boolean isDone(ManualStep step) {
        return switch (step.id()) {
            case AircallContactCenter.SIP_DESTINATION_STEP ->
                    aircall.dashboard().sipDestination(plan.destination().orElseThrow().name()).isPresent();
            case AircallContactCenter.SMARTFLOW_STEP -> aircall.dashboard().smartflowForward(lineId)
                    .filter(f -> f.published()).isPresent();
            // Steps the simulator has no state for: the demo person did them while following the runbook.
            default -> true;
        };
    }
}
