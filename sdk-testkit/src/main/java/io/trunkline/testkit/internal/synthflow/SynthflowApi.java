package io.trunkline.testkit.internal.synthflow;

import io.trunkline.core.model.Secret;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.RequestHandler;
import io.trunkline.testkit.internal.ResourceEndpoints;
import io.trunkline.testkit.internal.SimResponse;
import java.util.List;
import java.util.Optional;

/**
 * The simulated Synthflow v2 API, faithful to {@code shared/vendor-apis/synthflow.md} and the
 * OpenAPI extract: checks the Bearer key, then hands the request to the resource whose path it is
 * (numbers, assistants, actions, calls), all sharing one {@link SynthflowStore}. Every method runs
 * with the simulator's lock held.
 */
public final class SynthflowApi implements RequestHandler {

    private final Secret apiKey;
    private final SynthflowErrors errors;
    private final List<ResourceEndpoints> resources;

    /**
     * @param apiKey the one valid Bearer key
     * @param store the workspace's state
     * @param profile what the simulator grants beyond the documentation
     */
    public SynthflowApi(Secret apiKey, SynthflowStore store, VendorProfile profile) {
        this.apiKey = apiKey;
        this.errors = new SynthflowErrors(store.ids());
        SynthflowRequests requests = new SynthflowRequests(errors, profile, store.workspaceId());
        AssistantEndpoints assistants = new AssistantEndpoints(store, requests);
        this.resources = List.of(new NumberEndpoints(store, requests), assistants,
                new ActionEndpoints(store, requests, assistants), new CallEndpoints(store, requests));
    }

    @Override
    public SimResponse handle(RecordedRequest request) {
        try {
            authenticate(request);
            return route(request);
        } catch (ApiError e) {
            return e.response();
        }
    }

    private void authenticate(RecordedRequest request) {
        String header = request.header("Authorization").orElse("");
        String prefix = "bearer ";
        boolean valid = header.regionMatches(true, 0, prefix, 0, prefix.length())
                && Secret.of("x" + header.substring(prefix.length()).trim()).matches(Secret.of("x" + apiKey.reveal()));
        if (!valid) {
            throw errors.detail(401, "Invalid or missing API key. Send 'Authorization: Bearer <API_KEY>'.");
        }
    }

    private SimResponse route(RecordedRequest request) {
        for (ResourceEndpoints resource : resources) {
            Optional<SimResponse> answer = resource.route(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw errors.noRoute();
    }
}
