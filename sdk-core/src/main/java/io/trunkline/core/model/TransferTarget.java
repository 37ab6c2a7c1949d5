package io.trunkline.core.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the AI transfers a call back to Aircall: a line, a team or a user, by the ID shown in the
 * Aircall dashboard URL.
 *
 * <p>The AI reaches Aircall with a new SIP INVITE through the SIP number's termination URI (Aircall
 * does not accept SIP REFER). A line is dialled by its own number; teams and users have no SIP
 * address of their own, so they are reached through a line whose Smartflow rings them:
 * {@code TransferTarget.team(678).viaLine(1234)}.
 *
 * <pre>{@code
 * TransferTarget support = TransferTarget.team(678)
 *     .viaLine(1234)
 *     .instructions("The caller asks for a human or a manager")
 *     .build();
 * }</pre>
 *
 * @param kind line, team or user
 * @param id the Aircall Line, Team or User ID
 * @param viaLineId for teams and users, the line whose Smartflow rings them; {@code null} for lines
 * @param mode the transfer mode, warm by default
 * @param name the transfer action's name in Synthflow; identifies it across runs
 * @param instructions when the AI should transfer
 * @param initiatingMessage what the AI says before transferring
 * @param timeout how long the AI tries the target before giving up; {@code null}: none is sent and
 *     Synthflow's own default applies
 */
public record TransferTarget(Kind kind, long id, Long viaLineId, TransferMode mode, String name,
                             String instructions, String initiatingMessage, Duration timeout) {

    /** What an Aircall ID designates. */
    public enum Kind {
        /** An Aircall number ("line"). */
        LINE,
        /** An Aircall team. */
        TEAM,
        /** An Aircall user (agent). */
        USER
    }

    /** Default instructions: when the AI transfers. */
    public static final String DEFAULT_INSTRUCTIONS = "Transfer when the caller asks to speak to a human agent.";
    /** Default message said before the transfer. */
    public static final String DEFAULT_INITIATING_MESSAGE = "Let me connect you to a colleague.";
    /** Default time the AI tries the target. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** @param lineId the Aircall Line ID @return a builder */
    public static Builder line(long lineId) {
        return new Builder(Kind.LINE, lineId);
    }

    /** @param teamId the Aircall Team ID @return a builder; also set {@link Builder#viaLine(long)} */
    public static Builder team(long teamId) {
        return new Builder(Kind.TEAM, teamId);
    }

    /** @param userId the Aircall User ID @return a builder; also set {@link Builder#viaLine(long)} */
    public static Builder user(long userId) {
        return new Builder(Kind.USER, userId);
    }

    /** @return the line dialled to reach this target: the line itself, or the line set with viaLine */
    public Optional<Long> lineToDial() {
        return kind == Kind.LINE ? Optional.of(id) : Optional.ofNullable(viaLineId);
    }

    /** @return e.g. {@code "Aircall team 678"} */
    public String describe() {
        return "Aircall " + (kind == null ? "target" : kind.name().toLowerCase(java.util.Locale.ROOT)) + " " + id;
    }

    /** @return a builder holding this target's values */
    public Builder toBuilder() {
        Builder b = new Builder(kind, id).mode(mode).name(name).instructions(instructions)
                .initiatingMessage(initiatingMessage).timeout(timeout);
        b.viaLineId = viaLineId;
        return b;
    }

    /** Builds {@link TransferTarget}s. */
    public static final class Builder {
        private final Kind kind;
        private final long id;
        private Long viaLineId;
        private TransferMode mode = TransferMode.WARM;
        private String name;
        private String instructions = DEFAULT_INSTRUCTIONS;
        private String initiatingMessage = DEFAULT_INITIATING_MESSAGE;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder(Kind kind, long id) {
            this.kind = kind;
            this.id = id;
        }

        /** @param lineId the Aircall line whose Smartflow rings this team or user @return this */
        public Builder viaLine(long lineId) {
            this.viaLineId = lineId;
            return this;
        }

        /**
         * @param mode warm (default) or warm with context; cold (REFER) and {@code null} are reported by validation
         * @return this
         */
        public Builder mode(TransferMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * @param name the Synthflow action name (default, also for {@code null}: "Transfer to Aircall team 678")
         * @return this
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param instructions when the AI should transfer @return this */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /** @param initiatingMessage what the AI says before transferring @return this */
        public Builder initiatingMessage(String initiatingMessage) {
            this.initiatingMessage = initiatingMessage;
            return this;
        }

        /**
         * @param timeout how long the AI tries the target (default 30 s); {@code null} sends none, so that
         *     Synthflow's own default applies
         * @return this
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** @return the target; content is checked by validation */
        public TransferTarget build() {
            String actionName = name != null ? name
                    : "Transfer to Aircall " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
            return new TransferTarget(kind, id, viaLineId, mode, actionName, instructions, initiatingMessage, timeout);
        }
    }
}
