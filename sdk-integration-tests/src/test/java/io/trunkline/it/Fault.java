package io.trunkline.it;

import io.trunkline.testkit.SimulatedFault;
import java.time.Duration;

/** The faults of the matrix, each with how many consecutive requests it hits. */
enum Fault {
    SERVER_500("HTTP 500 burst", Kind.TRANSIENT, 2),
    SERVER_502("HTTP 502 burst", Kind.TRANSIENT, 2),
    SERVER_503("HTTP 503 burst", Kind.TRANSIENT, 2),
    RATE_LIMITED_RETRY_AFTER("429 with Retry-After", Kind.TRANSIENT, 2),
    RATE_LIMITED_RESET_HEADERS("429 with X-AircallApi-Reset (Aircall only)", Kind.TRANSIENT, 2),
    CONNECTION_RESET("connection reset mid-response", Kind.TRANSIENT, 2),
    READ_TIMEOUT("read timeout (answer later than readTimeout)", Kind.TRANSIENT, 1),
    HTML_ERROR_PAGE("HTML 502 page from a proxy", Kind.TRANSIENT, 2),
    MALFORMED_JSON("malformed JSON (200, truncated)", Kind.BAD_BODY, 1),
    EMPTY_BODY("empty body (200)", Kind.BAD_BODY, 1),
    MISSING_FIELDS("required fields missing (200)", Kind.BAD_BODY, 1),
    EXTRA_FIELDS("unexpected extra fields (200)", Kind.HARMLESS, 1);

    /** Read timeout configured for {@link #READ_TIMEOUT} cases, and the simulator's delay beyond it. */
    // 1 s, not less: on a loaded 2-core CI machine a healthy loopback answer can take a few hundred ms
    static final Duration TINY_READ_TIMEOUT = Duration.ofSeconds(1);
    static final Duration LATE_ANSWER = Duration.ofMillis(2500);

    /** How the SDK may react. */
    enum Kind {
        /** Worth another attempt: idempotent requests retry, POSTs fail typed (the outcome may be unknown). */
        TRANSIENT,
        /** A 2xx the client cannot use: never retried, fails typed. */
        BAD_BODY,
        /** Must be ignored. */
        HARMLESS
    }

    final String label;
    final Kind kind;
    final int burst;

    Fault(String label, Kind kind, int burst) {
        this.label = label;
        this.kind = kind;
        this.burst = burst;
    }

    boolean appliesTo(Endpoint endpoint) {
        return this != RATE_LIMITED_RESET_HEADERS || endpoint.vendor().equals("Aircall");
    }

    /** @return the proxy mutation for the faults the simulators do not offer, else {@code null} */
    FaultProxy.Mutation proxyMutation() {
        switch (this) {
            case EXTRA_FIELDS: return FaultProxy.Mutation.EXTRA_FIELDS;
            case MISSING_FIELDS: return FaultProxy.Mutation.MISSING_FIELDS;
            case RATE_LIMITED_RESET_HEADERS: return FaultProxy.Mutation.AIRCALL_RESET_429;
            default: return null;
        }
    }

    /** @return the simulator fault, for the faults the simulators offer */
    SimulatedFault simulated() {
        switch (this) {
            case SERVER_500: return SimulatedFault.serverError(500, "{\"detail\":\"Internal Server Error\"}");
            case SERVER_502: return SimulatedFault.serverError(502);
            case SERVER_503: return SimulatedFault.serverError(503, "{\"message\":\"Service Unavailable\"}");
            case RATE_LIMITED_RETRY_AFTER: return SimulatedFault.tooManyRequests(Duration.ofSeconds(2));
            case CONNECTION_RESET: return SimulatedFault.connectionReset();
            case READ_TIMEOUT: return SimulatedFault.delay(LATE_ANSWER);
            case HTML_ERROR_PAGE: return SimulatedFault.htmlErrorPage(502);
            // A vendor sends 200 only after doing the work, so a garbled 200 is modelled after the commit.
            case MALFORMED_JSON: return SimulatedFault.afterCommit(SimulatedFault.malformedBody());
            case EMPTY_BODY: return SimulatedFault.afterCommit(SimulatedFault.emptyBody(200));
            default: throw new IllegalStateException(this + " is injected by the proxy");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
