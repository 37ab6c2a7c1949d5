package io.trunkline.testkit;

/** One scheduled fault; see {@link FaultInjection#next(int, String, String, SimulatedFault)}. */
public interface FaultRule {

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
