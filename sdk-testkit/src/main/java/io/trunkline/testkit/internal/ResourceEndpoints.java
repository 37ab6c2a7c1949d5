package io.trunkline.testkit.internal;

import io.trunkline.testkit.RecordedRequest;
import java.util.Optional;

/**
 * The endpoints of one vendor resource (numbers, assistants, teams...). A simulated API is a thin
 * router that authenticates a request, then asks each resource in turn.
 */
@FunctionalInterface
public interface ResourceEndpoints {

    /**
     * Called with the simulator's lock held, after authentication.
     *
     * @param request the request
     * @return the answer, or empty when the path is none of this resource's
     * @throws ApiError to answer with an error
     */
    Optional<SimResponse> route(RecordedRequest request);
}
