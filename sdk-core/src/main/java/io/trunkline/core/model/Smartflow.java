package io.trunkline.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Smartflow of the Aircall line: its ordered steps and when the AI should answer.
 *
 * <pre>{@code
 * Smartflow smartflow = Smartflow.builder()
 *     .addStep(SmartflowStep.businessHours("Europe/Paris")
 *         .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *         .whenOpen(SmartflowStep.ringTeam(678))
 *         .whenClosed(SmartflowStep.forwardToSip("Synthflow AI").fallback(SmartflowStep.voicemail()).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * @param steps the steps in order
 * @param aiHours when the AI is meant to answer; {@code null} means: outside business hours when
 *     the flow has a business-hours condition, always otherwise
 */
public record Smartflow(List<SmartflowStep> steps, AiHours aiHours) {

    /** When the AI is meant to answer. */
    public enum AiHours {
        /** Every call goes to the AI first. */
        ALWAYS,
        /** The AI answers outside business hours only (the guide's after-hours pattern). */
        OUTSIDE_BUSINESS_HOURS,
        /** The AI answers during business hours only. */
        DURING_BUSINESS_HOURS
    }

    /**
     * Copies the steps; a {@code null} step (or list) is kept and reported by validation.
     *
     * @param steps the steps in order
     * @param aiHours when the AI is meant to answer; {@code null} means: outside business hours when
     *     the flow has a business-hours condition, always otherwise
     */
    public Smartflow {
        steps = Lists.copy(steps);
    }

    /** @return when the AI answers, after applying the default described on the record */
    public AiHours effectiveAiHours() {
        if (aiHours != null) {
            return aiHours;
        }
        boolean conditional = steps.stream().anyMatch(s -> s instanceof SmartflowStep.BusinessHours);
        return conditional ? AiHours.OUTSIDE_BUSINESS_HOURS : AiHours.ALWAYS;
    }

    /** @return the first forward-to-SIP step found depth-first, if any */
    public Optional<SmartflowStep.ForwardToSip> forwardStep() {
        return findForward(steps);
    }

    private static Optional<SmartflowStep.ForwardToSip> findForward(List<SmartflowStep> steps) {
        for (SmartflowStep step : steps) {
            if (step instanceof SmartflowStep.ForwardToSip forward) {
                return Optional.of(forward);
            }
            if (step instanceof SmartflowStep.BusinessHours hours) {
                Optional<SmartflowStep.ForwardToSip> found = findForward(hours.whenOpen())
                        .or(() -> findForward(hours.whenClosed()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this smartflow's values */
    public Builder toBuilder() {
        return new Builder().steps(steps).aiHours(aiHours);
    }

    /** Builds {@link Smartflow}s. */
    public static final class Builder {
        private final List<SmartflowStep> steps = new ArrayList<>();
        private AiHours aiHours;

        private Builder() {
        }

        /**
         * @param step a step to append; {@code null} is reported by validation at its index
         * @return this
         */
        public Builder addStep(SmartflowStep step) {
            steps.add(step);
            return this;
        }

        /**
         * @param steps replaces all steps; a {@code null} list or element is reported by validation
         * @return this
         */
        public Builder steps(List<SmartflowStep> steps) {
            this.steps.clear();
            Lists.addAll(this.steps, steps);
            return this;
        }

        /**
         * @param aiHours when the AI is meant to answer; {@code null} restores the default
         * @return this
         */
        public Builder aiHours(AiHours aiHours) {
            this.aiHours = aiHours;
            return this;
        }

        /** @return the smartflow; content is checked by validation */
        public Smartflow build() {
            return new Smartflow(steps, aiHours);
        }
    }
}
