package io.trunkline.diagnostics.simulation;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.diagnostics.internal.simulation.SmartflowWalk;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Follows a call through a plan's Smartflow without placing one: Business Hours conditions (weekday
 * and opening interval in the condition's time zone, nested conditions too), the forward to
 * Synthflow with its timeout and fallback, the AI's warm transfer back to Aircall through the
 * termination URI, and the Aircall line that rings the transfer target.
 *
 * <pre>{@code
 * CallSimulator simulator = CallSimulator.builder(plan).lineNumber(5678, "+33 9 87 65 43 21").build();
 * CallPath path = simulator.simulate(Scenario.at(LocalDateTime.of(2025, 1, 14, 20, 15)).transferTo(0).build());
 * assertThat(path.outcome()).isEqualTo(CallPath.Outcome.TRANSFERRED_TO_TEAM);
 * }</pre>
 *
 * <p>Opening intervals include their opening minute and exclude their closing minute (09:00-18:00
 * is open at 09:00 and closed at 18:00), a day without intervals is closed, and a team rung as a
 * fallback ends the simulation there. These are the Smartflow semantics Trunkline assumes; Aircall
 * does not document them precisely. Instances are immutable and thread-safe.
 */
public final class CallSimulator {

    private final IntegrationPlan plan;
    private final Map<Long, PhoneNumber> lineNumbers;

    private CallSimulator(Builder builder) {
        this.plan = builder.plan;
        this.lineNumbers = Map.copyOf(builder.lineNumbers);
    }

    /**
     * @param plan the plan to simulate; validated by {@link Builder#build()}
     * @return a builder
     */
    public static Builder builder(IntegrationPlan plan) {
        return new Builder(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * @param plan the plan to simulate
     * @return a simulator that names lines by their ID
     * @throws io.trunkline.core.exception.PlanValidationException if the plan has validation errors
     */
    public static CallSimulator of(IntegrationPlan plan) {
        return builder(plan).build();
    }

    /**
     * Simulates one call.
     *
     * @param scenario when the call arrives and how the AI and people behave
     * @return the hops and the outcome
     * @throws io.trunkline.core.exception.InvalidConfigurationException if the scenario names a transfer
     *     target the plan does not have, or has no time while the Smartflow checks business hours
     */
    public CallPath simulate(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        return SmartflowWalk.run(plan, lineNumbers, scenario);
    }

    /** Builds {@link CallSimulator}s. */
    public static final class Builder {
        private final IntegrationPlan plan;
        private final Map<Long, PhoneNumber> lineNumbers = new TreeMap<>();

        private Builder(IntegrationPlan plan) {
            this.plan = plan;
        }

        /**
         * Names a line's DID so transfer hops show the number the AI dials (optional: without it the
         * hop names the line by ID).
         *
         * @param lineId the Aircall Line ID
         * @param did its DID, e.g. {@code "+33 9 87 65 43 21"}
         * @return this
         * @throws io.trunkline.core.exception.InvalidConfigurationException if {@code did} is not a phone number
         */
        public Builder lineNumber(long lineId, String did) {
            lineNumbers.put(lineId, PhoneNumber.parse(Objects.requireNonNull(did, "did")));
            return this;
        }

        /**
         * @return the simulator
         * @throws io.trunkline.core.exception.PlanValidationException if the plan has validation errors
         */
        public CallSimulator build() {
            plan.validate().orThrow();
            return new CallSimulator(this);
        }
    }
}
