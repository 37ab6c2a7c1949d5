package io.trunkline.core.spi;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The default {@link ContactCenter#offline()}: reads nothing, finds nothing, and keeps the runbook. */
final class OfflineContactCenter implements ContactCenter {

    private final ContactCenter runbooks;

    OfflineContactCenter(ContactCenter runbooks) {
        this.runbooks = Objects.requireNonNull(runbooks, "runbooks");
    }

    @Override
    public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
        return Optional.empty();
    }

    @Override
    public Optional<ContactCenter.LineState> findLine(long lineId) {
        return Optional.empty();
    }

    @Override
    public Optional<ContactCenter.TeamState> findTeam(long teamId) {
        return Optional.empty();
    }

    @Override
    public Optional<ContactCenter.UserState> findUser(long userId) {
        return Optional.empty();
    }

    @Override
    public Optional<ContactCenter.InboundCall> findInboundCall(CallWindow window) {
        return Optional.empty();
    }

    @Override
    public List<ManualStep> manualSteps(ValidIntegration integration) {
        return runbooks.manualSteps(integration);
    }

    @Override
    public List<ManualStep> teardownSteps(ValidIntegration integration) {
        return runbooks.teardownSteps(integration);
    }

    @Override
    public List<VendorAssumption> assumptions() {
        return runbooks.assumptions();
    }

    @Override
    public List<AssumptionVerdict> preflight(PhoneNumber did) {
        throw new IllegalStateException("preflight reads the live account; an offline view reads nothing");
    }

    @Override
    public ContactCenter offline() {
        return this;
    }
}
