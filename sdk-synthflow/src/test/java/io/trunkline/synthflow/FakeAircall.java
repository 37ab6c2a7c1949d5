package io.trunkline.synthflow;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.util.List;
import java.util.Optional;

/** The Aircall side for the lifecycle tests: the DID's line, the support line and team, no manual steps. */
final class FakeAircall implements ContactCenter {

    private final ContactCenter.LineState didLine = new ContactCenter.LineState(TestPlans.DID_LINE, "Paris main", PhoneNumber.parse(TestPlans.DID),
            true, "Europe/Paris");
    private final ContactCenter.LineState supportLine = new ContactCenter.LineState(TestPlans.SUPPORT_LINE, "Support",
            PhoneNumber.parse(TestPlans.SUPPORT_LINE_NUMBER), true, "Europe/Paris");

    /** No calls: the Synthflow adapter's tests never place one through Aircall. */
    @Override
    public Optional<io.trunkline.core.spi.ContactCenter.InboundCall> findInboundCall(io.trunkline.core.spi.CallWindow window) {
        return Optional.empty();
    }

    @Override
    public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
        return Optional.of(didLine).filter(line -> line.number().equals(did));
    }

    @Override
    public Optional<ContactCenter.LineState> findLine(long lineId) {
        return List.of(didLine, supportLine).stream().filter(line -> line.id() == lineId).findFirst();
    }

    @Override
    public Optional<ContactCenter.TeamState> findTeam(long teamId) {
        return teamId == TestPlans.SUPPORT_TEAM ? Optional.of(new ContactCenter.TeamState(teamId, "Support", 3)) : Optional.empty();
    }

    @Override
    public Optional<ContactCenter.UserState> findUser(long userId) {
        return Optional.empty();
    }

    @Override
    public List<ManualStep> manualSteps(ValidIntegration plan) {
        return List.of();
    }

    @Override
    public List<ManualStep> teardownSteps(ValidIntegration plan) {
        return List.of();
    }

    @Override
    public List<io.trunkline.core.spi.VendorAssumption> assumptions() {
        return List.of();
    }

    @Override
    public List<io.trunkline.core.spi.AssumptionVerdict> preflight(PhoneNumber did) {
        return List.of();
    }
}
