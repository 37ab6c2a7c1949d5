package io.trunkline.diagnostics.simulation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One call to simulate: when it arrives, whether the AI answers within the forward timeout, whether
 * and to which transfer target the AI transfers, and whether people pick up.
 *
 * <pre>{@code
 * Scenario afterHours = Scenario.at(LocalDateTime.of(2025, 1, 14, 20, 15))  // in the line's time zone
 *     .transferTo("Transfer to Aircall team 678")
 *     .build();
 * }</pre>
 *
 * <p>A local date-time is read in the time zone of the first Business Hours condition the call
 * meets (the line's time zone); an {@link Instant} is converted with each condition's own zone.
 * Immutable.
 */
public final class Scenario {

    private final LocalDateTime localTime;
    private final Instant instant;
    private final boolean aiAnswers;
    private final String transferName;
    private final Integer transferIndex;
    private final boolean targetAnswers;
    private final boolean agentsAnswer;

    private Scenario(Builder b) {
        this.localTime = b.localTime;
        this.instant = b.instant;
        this.aiAnswers = b.aiAnswers;
        this.transferName = b.transferName;
        this.transferIndex = b.transferIndex;
        this.targetAnswers = b.targetAnswers;
        this.agentsAnswer = b.agentsAnswer;
    }

    /**
     * @param localTime the call's date and time in the line's time zone (the Business Hours step's zone)
     * @return a builder: the AI answers, does not transfer, and people pick up
     */
    public static Builder at(LocalDateTime localTime) {
        return new Builder(Objects.requireNonNull(localTime, "localTime"), null);
    }

    /**
     * @param instant the moment of the call, converted with each Business Hours condition's zone
     * @return a builder: the AI answers, does not transfer, and people pick up
     */
    public static Builder at(Instant instant) {
        return new Builder(null, Objects.requireNonNull(instant, "instant"));
    }

    /**
     * For Smartflows without a Business Hours condition; simulating a flow that has one throws.
     *
     * @return a builder without a time: the AI answers, does not transfer, and people pick up
     */
    public static Builder anyTime() {
        return new Builder(null, null);
    }

    /** @return the local date-time of the call, when given as one */
    public Optional<LocalDateTime> localTime() {
        return Optional.ofNullable(localTime);
    }

    /** @return the instant of the call, when given as one */
    public Optional<Instant> instant() {
        return Optional.ofNullable(instant);
    }

    /** @return whether the AI answers within the forward step's timeout */
    public boolean aiAnswers() {
        return aiAnswers;
    }

    /** @return the name of the transfer target the AI transfers to, when chosen by name */
    public Optional<String> transferName() {
        return Optional.ofNullable(transferName);
    }

    /** @return the index of the transfer target in the plan, when chosen by index */
    public OptionalInt transferIndex() {
        return transferIndex == null ? OptionalInt.empty() : OptionalInt.of(transferIndex);
    }

    /** @return whether the transfer target answers within its timeout */
    public boolean targetAnswers() {
        return targetAnswers;
    }

    /** @return whether a team or user rung by a Smartflow step (not a fallback) answers */
    public boolean agentsAnswer() {
        return agentsAnswer;
    }

    /** @return a summary of the scenario */
    @Override
    public String toString() {
        String when = localTime != null ? localTime.toString() : instant != null ? instant.toString() : "any time";
        String transfer = transferName != null ? "transfer to '" + transferName + "'"
                : transferIndex != null ? "transfer to target #" + transferIndex : "no transfer";
        return "Scenario[" + when + ", AI " + (aiAnswers ? "answers" : "does not answer") + ", " + transfer
                + ", target " + (targetAnswers ? "answers" : "does not answer") + ", agents "
                + (agentsAnswer ? "answer" : "do not answer") + "]";
    }

    /** Builds {@link Scenario}s. */
    public static final class Builder {
        private final LocalDateTime localTime;
        private final Instant instant;
        private boolean aiAnswers = true;
        private String transferName;
        private Integer transferIndex;
        private boolean targetAnswers = true;
        private boolean agentsAnswer = true;

        private Builder(LocalDateTime localTime, Instant instant) {
            this.localTime = localTime;
            this.instant = instant;
        }

        /**
         * @param aiAnswers whether the AI answers within the forward step's timeout (default true);
         *     when not, the call takes the forward step's fallback
         * @return this
         */
        public Builder aiAnswers(boolean aiAnswers) {
            this.aiAnswers = aiAnswers;
            return this;
        }

        /**
         * @param name the {@code TransferTarget.name()} the AI transfers to once it answered
         * @return this
         */
        public Builder transferTo(String name) {
            this.transferName = Objects.requireNonNull(name, "name");
            this.transferIndex = null;
            return this;
        }

        /**
         * @param index the position of the target in the plan's transfer targets, from 0
         * @return this
         */
        public Builder transferTo(int index) {
            this.transferIndex = index;
            this.transferName = null;
            return this;
        }

        /**
         * The AI keeps the call (the default); clears any target chosen before.
         *
         * @return this
         */
        public Builder noTransfer() {
            this.transferIndex = null;
            this.transferName = null;
            return this;
        }

        /**
         * @param targetAnswers whether the transfer target answers within its timeout (default true)
         * @return this
         */
        public Builder targetAnswers(boolean targetAnswers) {
            this.targetAnswers = targetAnswers;
            return this;
        }

        /**
         * @param agentsAnswer whether a team or user rung by a Smartflow step answers (default true);
         *     when not, the call moves on to the next step
         * @return this
         */
        public Builder agentsAnswer(boolean agentsAnswer) {
            this.agentsAnswer = agentsAnswer;
            return this;
        }

        /** @return the scenario */
        public Scenario build() {
            return new Scenario(this);
        }
    }
}
