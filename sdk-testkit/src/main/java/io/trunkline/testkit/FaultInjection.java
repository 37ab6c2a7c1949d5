package io.trunkline.testkit;

import java.util.List;

/**
 * The fault schedule of one simulator: "the next N requests matching this method and path get
 * that fault". Rules are checked in the order they were added; the first one with requests left
 * that matches a request is used up by one.
 *
 * <p>Path patterns are literal paths in which {@code *} or {@code {name}} stands for one path
 * segment and a trailing {@code /**} for any remainder; the method {@code "*"} matches every
 * method. The query string is ignored.
 */
public interface FaultInjection {

    /**
     * Schedules a fault for the next {@code count} matching requests.
     *
     * @param count how many requests get the fault; at least 1
     * @param method an HTTP method or {@code "*"}
     * @param pathPattern e.g. {@code "/v2/numbers/*"} or {@code "/v1/**"}
     * @param fault what happens to them
     * @return the rule, to check later how often it fired
     */
    Rule next(int count, String method, String pathPattern, SimulatedFault fault);

    /**
     * Schedules a fault for the next matching request only.
     *
     * @param method an HTTP method or {@code "*"}
     * @param pathPattern e.g. {@code "/v2/numbers/*"}
     * @param fault what happens to it
     * @return the rule
     */
    default Rule next(String method, String pathPattern, SimulatedFault fault) {
        return next(1, method, pathPattern, fault);
    }

    /** @return every rule added since the last {@link #clear()}, used up or not, in order */
    List<Rule> rules();

    /** Removes every rule. */
    void clear();

    /** One scheduled fault; see {@link FaultInjection#next(int, String, String, SimulatedFault)}. */
    public interface Rule {

        /** @return the HTTP method it matches, or {@code "*"} */
        String method();

        /** @return the path pattern it matches */
        String pathPattern();

        /** @return the fault it injects */
        SimulatedFault fault();

        /** @return how many more matching requests will get the fault */
        int remaining();

        /** @return how many requests got the fault so far */
        int triggered();
    }
}
