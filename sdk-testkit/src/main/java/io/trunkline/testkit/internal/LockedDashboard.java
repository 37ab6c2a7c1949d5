package io.trunkline.testkit.internal;

import io.trunkline.testkit.AircallDashboard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The dashboard as tests see it: every call takes the simulator's lock, as requests do. */
public final class LockedDashboard implements AircallDashboard {

    private final SimulatorServer server;
    private final AircallDashboard state;

    /**
     * @param server the server whose lock guards {@code state}
     * @param state the unsynchronised dashboard state
     */
    public LockedDashboard(SimulatorServer server, AircallDashboard state) {
        this.server = server;
        this.state = state;
    }

    @Override
    public AircallDashboard sipDestination(AircallDashboard.SipDestination destination) {
        Objects.requireNonNull(destination, "destination");
        server.locked(() -> state.sipDestination(destination));
        return this;
    }

    @Override
    public Optional<AircallDashboard.SipDestination> sipDestination(String name) {
        Objects.requireNonNull(name, "name");
        return server.locked(() -> state.sipDestination(name));
    }

    @Override
    public List<AircallDashboard.SipDestination> sipDestinations() {
        return server.locked(state::sipDestinations);
    }

    @Override
    public boolean removeSipDestination(String name) {
        Objects.requireNonNull(name, "name");
        return server.locked(() -> state.removeSipDestination(name));
    }

    @Override
    public AircallDashboard smartflowForward(AircallDashboard.SmartflowForward forward) {
        Objects.requireNonNull(forward, "forward");
        server.locked(() -> state.smartflowForward(forward));
        return this;
    }

    @Override
    public Optional<AircallDashboard.SmartflowForward> smartflowForward(long lineId) {
        return server.locked(() -> state.smartflowForward(lineId));
    }

    @Override
    public List<AircallDashboard.SmartflowForward> smartflowForwards() {
        return server.locked(state::smartflowForwards);
    }

    @Override
    public boolean removeSmartflowForward(long lineId) {
        return server.locked(() -> state.removeSmartflowForward(lineId));
    }
}
