package io.trunkline.core.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the AI transfers a call back to Aircall: a line, a team or a user, by the ID shown in the
 * Aircall dashboard URL, and how the call gets there.
 *
 * <p>The AI reaches Aircall with a new SIP INVITE (Aircall does not accept SIP REFER), delivered in
 * one of two ways:
 * <ul>
 *   <li><b>By phone number</b> (the default, as the guide describes): Synthflow dials a line's DID
 *       through the SIP number's termination URI. A line is dialled by its own number; teams and
 *       users have no number of their own, so they are reached through a line whose Smartflow rings
 *       them: {@code TransferTarget.team(678).viaLine(1234)}. Trunkline creates this transfer through
 *       Synthflow's API. Synthflow confirms phone-number transfers only with Twilio and Telnyx, so
 *       validation warns about it.</li>
 *   <li><b>By SIP URI</b>: Synthflow sends the INVITE to a SIP URI the customer obtained for the
 *       Aircall queue, optionally with custom {@code X-} headers:
 *       {@code TransferTarget.team(678).viaSipUri("sip:support@example.aircall.io")}. Synthflow's API
 *       has no field for it, so Trunkline turns it into an exact dashboard step, confirmed like the
 *       other manual steps.</li>
 * </ul>
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
 * @param sipUri the SIP URI the transfer is delivered to, or {@code null} to dial a line's number
 * @param sipHeaders custom {@code X-} headers sent with a SIP-URI transfer, in order; empty for none
 */
public record TransferTarget(Kind kind, long id, Long viaLineId, TransferMode mode, String name,
                             String instructions, String initiatingMessage, Duration timeout, String sipUri,
                             Map<String, String> sipHeaders) {

    /**
     * Copies the headers, keeping their order; a {@code null} map is no headers.
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
     * @param sipUri the SIP URI the transfer is delivered to, or {@code null} to dial a line's number
     * @param sipHeaders custom {@code X-} headers sent with a SIP-URI transfer, in order; empty for none
     */
    public TransferTarget {
        sipHeaders = sipHeaders == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sipHeaders));
    }

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

    /**
     * @param lineId the Aircall Line ID
     * @return a builder
     */
    public static Builder line(long lineId) {
        return new Builder(Kind.LINE, lineId);
    }

    /**
     * @param teamId the Aircall Team ID
     * @return a builder; also set {@link Builder#viaLine(long)}
     */
    public static Builder team(long teamId) {
        return new Builder(Kind.TEAM, teamId);
    }

    /**
     * @param userId the Aircall User ID
     * @return a builder; also set {@link Builder#viaLine(long)}
     */
    public static Builder user(long userId) {
        return new Builder(Kind.USER, userId);
    }

    /**
     * @return the line dialled to reach this target by phone number: the line itself, or the line set
     *     with viaLine; empty for a SIP-URI transfer, which dials no line
     */
    public Optional<Long> lineToDial() {
        if (viaSipUri()) {
            return Optional.empty();
        }
        return kind == Kind.LINE ? Optional.of(id) : Optional.ofNullable(viaLineId);
    }

    /** @return whether the transfer is delivered to a SIP URI (a dashboard step) rather than a line's number */
    public boolean viaSipUri() {
        return sipUri != null;
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
        b.sipUri = sipUri;
        b.sipHeaders.putAll(sipHeaders);
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
        private String sipUri;
        private final Map<String, String> sipHeaders = new LinkedHashMap<>();

        private Builder(Kind kind, long id) {
            this.kind = kind;
            this.id = id;
        }

        /**
         * @param lineId the Aircall line whose Smartflow rings this team or user
         * @return this
         */
        public Builder viaLine(long lineId) {
            this.viaLineId = lineId;
            return this;
        }

        /**
         * Delivers the transfer to a SIP URI instead of a line's number: the URI the customer obtained
         * for the Aircall queue of this line, team or user. Synthflow's API has no field for it, so the
         * transfer becomes a Synthflow dashboard step (Agents → agent → Actions → Call Transfer).
         *
         * @param sipUri e.g. {@code sip:support@example.aircall.io}; checked by validation
         * @return this
         */
        public Builder viaSipUri(String sipUri) {
            this.sipUri = sipUri;
            return this;
        }

        /**
         * Adds a custom header to a SIP-URI transfer's INVITE, e.g. to tell Aircall which queue or
         * carry a caller reference. Synthflow accepts names matching {@code X-[A-Za-z0-9-_]+} and
         * values without line breaks; it may fragment an INVITE with many headers over UDP.
         *
         * @param name e.g. {@code X-Queue}; checked by validation
         * @param value e.g. {@code support}, or a Synthflow variable such as {@code {call_id}}
         * @return this
         */
        public Builder sipHeader(String name, String value) {
            this.sipHeaders.put(name, value);
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

        /**
         * @param instructions when the AI should transfer
         * @return this
         */
        public Builder instructions(String instructions) {
            this.instructions = instructions;
            return this;
        }

        /**
         * @param initiatingMessage what the AI says before transferring
         * @return this
         */
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
            return new TransferTarget(kind, id, viaLineId, mode, actionName, instructions, initiatingMessage, timeout,
                    sipUri, sipHeaders);
        }
    }
}
