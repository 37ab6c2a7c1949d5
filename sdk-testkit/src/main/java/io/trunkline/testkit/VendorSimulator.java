package io.trunkline.testkit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What every simulator offers besides its vendor's API: a base URL, a clock, fault injection, a
 * request journal, reset and close. Lets a harness treat {@link SynthflowSimulator} and
 * {@link AircallSimulator} alike.
 */
public interface VendorSimulator extends AutoCloseable {

    /** @return the URL a client is configured with (see each simulator for what it includes) */
    String baseUrl();

    /** @return the clock that drives time-dependent behaviour and timestamps */
    Clock clock();

    /** @return the fault schedule */
    FaultInjection faults();

    /**
     * @param filter which requests to keep
     * @return the matching requests received since the last reset, oldest first
     */
    List<RecordedRequest> requests(Predicate<RecordedRequest> filter);

    /** @return every request received since the last reset, oldest first */
    default List<RecordedRequest> requests() {
        return requests(r -> true);
    }

    /**
     * @param method an HTTP method or {@code "*"}
     * @param pathPattern e.g. {@code "/v2/numbers/*"} (see {@link FaultInjection} for the syntax)
     * @return the matching requests, oldest first
     */
    default List<RecordedRequest> requests(String method, String pathPattern) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPattern, "pathPattern");
        return requests(r -> r.matches(method, pathPattern));
    }

    /** Clears state, the request journal and scheduled faults; port, credentials and clock stay. */
    void reset();

    /** Stops the server. */
    @Override
    void close();
}
