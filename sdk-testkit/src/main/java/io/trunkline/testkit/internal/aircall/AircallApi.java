package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.message;

import io.trunkline.core.model.Secret;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.RequestHandler;
import io.trunkline.testkit.internal.ResourceEndpoints;
import io.trunkline.testkit.internal.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The simulated Aircall Public API, faithful to {@code shared/vendor-apis/aircall.md}: checks
 * Basic or Bearer credentials, spends the company's rate budget, then hands the request to the
 * resource whose path it is (numbers, teams, users, calls, webhooks), all sharing one
 * {@link AircallStore}. Every method runs with the simulator's lock held.
 */
public final class AircallApi implements RequestHandler {

    private static final PathPattern PING = PathPattern.compile("/v1/ping");

    private final String apiId;
    private final Secret apiToken;
    private final Secret bearerToken;
    private final AircallRateLimit rateLimit;
    private final AircallResponses responses = new AircallResponses();
    private final List<ResourceEndpoints> resources;

    /**
     * @param apiId the Basic-auth user
     * @param apiToken the Basic-auth password
     * @param bearerToken the accepted OAuth token, or {@code null} for none
     * @param rateLimit the per-company budget
     * @param store the company's state
     * @param profile what the simulator grants beyond the documentation
     */
    public AircallApi(String apiId, Secret apiToken, Secret bearerToken, AircallRateLimit rateLimit,
            AircallStore store, VendorProfile profile) {
        this.apiId = apiId;
        this.apiToken = apiToken;
        this.bearerToken = bearerToken;
        this.rateLimit = rateLimit;
        UserEndpoints users = new UserEndpoints(store, responses);
        NumberEndpoints numbers = new NumberEndpoints(store, responses, users, profile);
        TeamEndpoints teams = new TeamEndpoints(store, responses, users);
        this.resources = List.of(numbers, teams, users, new CallEndpoints(store, responses, numbers, users, teams),
                new WebhookEndpoints(store, responses));
    }

    /** @param rootUrl the server root, for {@code direct_link} and page links */
    public void rootUrl(String rootUrl) {
        responses.rootUrl(rootUrl);
    }

    @Override
    public SimResponse handle(RecordedRequest request) {
        try {
            authenticate(request);
        } catch (ApiError e) {
            return e.response();
        }
        AircallRateLimit.Decision decision = rateLimit.acquire();
        SimResponse response;
        if (!decision.allowed()) {
            response = message(429, "Too Many Requests");
        } else {
            try {
                response = route(request);
            } catch (ApiError e) {
                response = e.response();
            }
        }
        return rateLimit.decorate(response, decision);
    }

    /** No header → 401 (Aircall's edge); anything present but wrong, malformed included → 403. */
    private void authenticate(RecordedRequest request) {
        Optional<String> header = request.header("Authorization").map(String::trim).filter(h -> !h.isEmpty());
        if (header.isEmpty()) {
            throw new ApiError(message(401, "Unauthorized"));
        }
        String value = header.get();
        boolean valid;
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            valid = basicMatches(value.substring(6).trim());
        } else if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = value.substring(7).trim();
            valid = bearerToken != null && !token.isEmpty() && Secret.of(token).matches(bearerToken);
        } else {
            valid = false;
        }
        if (!valid) {
            throw new ApiError(message(403, "Forbidden"));
        }
    }

    private boolean basicMatches(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return false;
        }
        return decoded.substring(0, colon).equals(apiId)
                && Secret.of(decoded.substring(colon + 1)).matches(apiToken);
    }

    /** Any path or method no resource serves is a 404, as Aircall answers it. */
    private SimResponse route(RecordedRequest request) {
        if (PING.matches(request.path()) && "GET".equals(request.method())) {
            return SimResponse.json(200, "{\"ping\":\"pong\"}");
        }
        for (ResourceEndpoints resource : resources) {
            Optional<SimResponse> answer = resource.route(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw AircallResponses.notFound();
    }
}
