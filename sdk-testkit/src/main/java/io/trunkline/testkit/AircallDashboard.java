package io.trunkline.testkit;

import java.util.List;
import java.util.Optional;

/**
 * The simulated Aircall Dashboard: settings that Aircall offers <strong>only</strong> in its web
 * dashboard (external SIP destinations, Smartflows) and therefore never over the simulated API.
 * A test writes them to play the human who performed a manual step, and code under test that
 * asks "was the manual step confirmed?" can be checked against them.
 */
public interface AircallDashboard {

    /**
     * Adds a SIP destination, or replaces the one with the same name.
     *
     * @param destination the destination
     * @return this dashboard
     */
    AircallDashboard sipDestination(AircallSipDestination destination);

    /**
     * @param name the destination name
     * @return the destination, if set
     */
    Optional<AircallSipDestination> sipDestination(String name);

    /** @return every SIP destination, in the order added */
    List<AircallSipDestination> sipDestinations();

    /**
     * @param name the destination name
     * @return whether it existed
     */
    boolean removeSipDestination(String name);

    /**
     * Sets the "Forward to External SIP" step of a line, replacing an earlier one; if the line
     * exists, its {@code flow_editor_enabled} becomes {@code true}.
     *
     * @param forward the step
     * @return this dashboard
     */
    AircallDashboard smartflowForward(AircallSmartflowForward forward);

    /**
     * @param lineId the Aircall number id
     * @return the line's forward step, if set
     */
    Optional<AircallSmartflowForward> smartflowForward(long lineId);

    /** @return every forward step, in the order set */
    List<AircallSmartflowForward> smartflowForwards();

    /**
     * @param lineId the Aircall number id
     * @return whether a step existed
     */
    boolean removeSmartflowForward(long lineId);
}
