package io.trunkline.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A Smartflow "Forward to External SIP" step on one Aircall line, as someone would build it in the
 * Aircall Dashboard (Numbers → number → Edit Smartflow). Aircall has <strong>no API</strong> for
 * Smartflows: this is dashboard-only simulator state that a test sets through
 * {@link AircallDashboard}; it is never served over HTTP. The only API trace is the line's
 * {@code flow_editor_enabled}, which the simulator turns on when a forward is set.
 *
 * <pre>{@code
 * aircall.dashboard().smartflowForward(AircallSmartflowForward.builder(lineId, "Synthflow AI")
 *         .timeout(Duration.ofSeconds(30)).fallbackTeamId(teamId).build());
 * }</pre>
 */
public final class AircallSmartflowForward {

    private final long lineId;
    private final String destinationName;
    private final Duration timeout;
    private final Long fallbackTeamId;
    private final Long fallbackUserId;
    private final boolean published;

    private AircallSmartflowForward(Builder b) {
        this.lineId = b.lineId;
        this.destinationName = b.destinationName;
        this.timeout = b.timeout;
        this.fallbackTeamId = b.fallbackTeamId;
        this.fallbackUserId = b.fallbackUserId;
        this.published = b.published;
    }

    /**
     * @param lineId the Aircall number id
     * @param destinationName the SIP destination it forwards to
     * @return a builder: 30 s timeout (the guide's recommendation), published, no fallback
     */
    public static Builder builder(long lineId, String destinationName) {
        return new Builder(lineId, Objects.requireNonNull(destinationName, "destinationName"));
    }

    /** @return the line */
    public long lineId() {
        return lineId;
    }

    /** @return the SIP destination name */
    public String destinationName() {
        return destinationName;
    }

    /** @return how long Aircall waits for the destination to answer */
    public Duration timeout() {
        return timeout;
    }

    /** @return the team that takes the call when Synthflow does not answer */
    public Optional<Long> fallbackTeamId() {
        return Optional.ofNullable(fallbackTeamId);
    }

    /** @return the user that takes the call when Synthflow does not answer */
    public Optional<Long> fallbackUserId() {
        return Optional.ofNullable(fallbackUserId);
    }

    /** @return whether the Smartflow was saved and published */
    public boolean published() {
        return published;
    }

    @Override
    public String toString() {
        return "AircallSmartflowForward[line " + lineId + " -> " + destinationName + ", timeout " + timeout
                + ", fallback team " + fallbackTeamId + ", fallback user " + fallbackUserId + "]";
    }

    /** Builds an {@link AircallSmartflowForward}. */
    public static final class Builder {
        private final long lineId;
        private final String destinationName;
        private Duration timeout = Duration.ofSeconds(30);
        private Long fallbackTeamId;
        private Long fallbackUserId;
        private boolean published = true;

        private Builder(long lineId, String destinationName) {
            this.lineId = lineId;
            this.destinationName = destinationName;
        }

        /** @param timeout the ring timeout @return this builder */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** @param teamId the fallback team @return this builder */
        public Builder fallbackTeamId(long teamId) {
            this.fallbackTeamId = teamId;
            return this;
        }

        /** @param userId the fallback user @return this builder */
        public Builder fallbackUserId(long userId) {
            this.fallbackUserId = userId;
            return this;
        }

        /** @param published whether the Smartflow was published @return this builder */
        public Builder published(boolean published) {
            this.published = published;
            return this;
        }

        /** @return the step */
        public AircallSmartflowForward build() {
            return new AircallSmartflowForward(this);
        }
    }
}
