package io.trunkline.testkit.internal;

import io.trunkline.testkit.RecordedRequest;

/** A simulated vendor API: turns one request into a response, changing its state as the vendor would. */
@FunctionalInterface
public interface RequestHandler {

    /**
     * Called with the simulator's lock held, one request at a time.
     *
     * @param request the request
     * @return the response
     */
    SimResponse handle(RecordedRequest request);
}
