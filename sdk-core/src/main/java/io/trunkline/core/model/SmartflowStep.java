package io.trunkline.core.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of an Aircall Smartflow, the call-routing flow edited in the Aircall dashboard
 * (Numbers → number → Edit Smartflow). Aircall has no API for Smartflows, so Trunkline turns these
 * steps into exact runbook instructions and checks them where an API signal exists.
 *
 * <p>The family is closed: {@link ForwardToSip} (hand the call to Synthflow),
 * {@link BusinessHours} (branch on opening hours), and the routes {@link RingTeam},
 * {@link RingUser} and {@link Voicemail}, which are also the {@link Fallback}s a forward step
 * uses when Synthflow does not answer.
 */
public sealed interface SmartflowStep permits SmartflowStep.ForwardToSip, SmartflowStep.BusinessHours,
        SmartflowStep.Fallback {

    /** The timeout the guide recommends for the forward step. */
    Duration RECOMMENDED_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Where a call goes when the AI does not answer in time; also usable as a plain routing step.
     */
    sealed interface Fallback extends SmartflowStep permits RingTeam, RingUser, Voicemail {
    }

    /**
     * "Forward to External SIP": rings the Synthflow destination, then the fallback after the timeout.
     *
     * @param destination the name of the {@link SipDestination} it forwards to
     * @param timeout how long to ring Synthflow before falling back (30 s recommended)
     * @param fallback where the call goes if Synthflow does not answer; required by the guide
     */
    record ForwardToSip(String destination, Duration timeout, Fallback fallback) implements SmartflowStep {
    }

    /**
     * A business-hours ("Time Rule") condition. The guide: add it <em>before</em> the Synthflow step
     * so that calls reach the AI only when agents are unavailable.
     *
     * @param timeZone the IANA time zone of the schedule, e.g. {@code Europe/Paris}
     * @param openingHours when the line is open
     * @param whenOpen the steps taken during opening hours
     * @param whenClosed the steps taken outside opening hours
     */
    record BusinessHours(String timeZone, List<OpeningHours> openingHours, List<SmartflowStep> whenOpen,
                         List<SmartflowStep> whenClosed) implements SmartflowStep {
        /**
         * Copies the lists; {@code null} elements (or lists) are kept and reported by validation.
         *
         * @param timeZone the IANA time zone of the schedule, e.g. {@code Europe/Paris}
         * @param openingHours when the line is open
         * @param whenOpen the steps taken during opening hours
         * @param whenClosed the steps taken outside opening hours
         */
        public BusinessHours {
            openingHours = Lists.copy(openingHours);
            whenOpen = Lists.copy(whenOpen);
            whenClosed = Lists.copy(whenClosed);
        }
    }

    /**
     * An opening interval on one weekday.
     *
     * <p>Missing parts and the order of the times are reported by validation.
     *
     * @param day the weekday
     * @param from opening time
     * @param to closing time, after {@code from}
     */
    record OpeningHours(DayOfWeek day, LocalTime from, LocalTime to) {
    }

    /**
     * Ring an Aircall team.
     *
     * @param teamId the Aircall Team ID
     */
    record RingTeam(long teamId) implements Fallback {
    }

    /**
     * Ring an Aircall user.
     *
     * @param userId the Aircall User ID
     */
    record RingUser(long userId) implements Fallback {
    }

    /** Send the call to the line's voicemail. */
    record Voicemail() implements Fallback {
    }

    /**
     * @param destinationName the {@link SipDestination#name()} to forward to
     * @return a builder for a forward step with the recommended 30 s timeout and no fallback yet
     */
    static ForwardToSipBuilder forwardToSip(String destinationName) {
        return new ForwardToSipBuilder(destinationName);
    }

    /**
     * @param timeZone IANA time zone of the schedule, e.g. {@code "Europe/Paris"}
     * @return a builder for a business-hours condition
     */
    static BusinessHoursBuilder businessHours(String timeZone) {
        return new BusinessHoursBuilder(timeZone);
    }

    /**
     * @param teamId the Aircall Team ID
     * @return a step that rings the team
     */
    static RingTeam ringTeam(long teamId) {
        return new RingTeam(teamId);
    }

    /**
     * @param userId the Aircall User ID
     * @return a step that rings the user
     */
    static RingUser ringUser(long userId) {
        return new RingUser(userId);
    }

    /** @return a step that sends the call to voicemail */
    static Voicemail voicemail() {
        return new Voicemail();
    }

    /** Builds {@link ForwardToSip} steps. */
    final class ForwardToSipBuilder {
        private final String destination;
        private Duration timeout = RECOMMENDED_TIMEOUT;
        private Fallback fallback;

        private ForwardToSipBuilder(String destination) {
            this.destination = destination;
        }

        /**
         * @param timeout how long to ring Synthflow (default and recommended: 30 s)
         * @return this
         */
        public ForwardToSipBuilder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * @param fallback where the call goes when Synthflow does not answer
         * @return this
         */
        public ForwardToSipBuilder fallback(Fallback fallback) {
            this.fallback = fallback;
            return this;
        }

        /** @return the step; content is checked by validation */
        public ForwardToSip build() {
            return new ForwardToSip(destination, timeout, fallback);
        }
    }

    /** Builds {@link BusinessHours} conditions. */
    final class BusinessHoursBuilder {
        private final String timeZone;
        private final List<OpeningHours> openingHours = new ArrayList<>();
        private final List<SmartflowStep> whenOpen = new ArrayList<>();
        private final List<SmartflowStep> whenClosed = new ArrayList<>();

        private BusinessHoursBuilder(String timeZone) {
            this.timeZone = timeZone;
        }

        /**
         * Adds an opening interval.
         *
         * @param day weekday
         * @param from opening time, e.g. {@code LocalTime.of(9, 0)}
         * @param to closing time
         * @return this
         */
        public BusinessHoursBuilder open(DayOfWeek day, LocalTime from, LocalTime to) {
            openingHours.add(new OpeningHours(day, from, to));
            return this;
        }

        /**
         * Adds the same opening interval on Monday to Friday.
         *
         * @param from opening time
         * @param to closing time
         * @return this
         */
        public BusinessHoursBuilder weekdays(LocalTime from, LocalTime to) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                open(day, from, to);
            }
            return this;
        }

        /**
         * @param steps steps during opening hours (appended); {@code null}s are reported by validation
         * @return this
         */
        public BusinessHoursBuilder whenOpen(SmartflowStep... steps) {
            whenOpen.addAll(Lists.of(steps));
            return this;
        }

        /**
         * @param steps steps outside opening hours (appended); {@code null}s are reported by validation
         * @return this
         */
        public BusinessHoursBuilder whenClosed(SmartflowStep... steps) {
            whenClosed.addAll(Lists.of(steps));
            return this;
        }

        /** @return the condition; content is checked by validation */
        public BusinessHours build() {
            return new BusinessHours(timeZone, openingHours, whenOpen, whenClosed);
        }
    }
}
