package io.trunkline.testkit.internal.synthflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.IdSource;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.SimResponse;

/**
 * The three error body shapes Synthflow documents, and which simulated failure uses which:
 * <ul>
 *   <li>{@code {"detail": "<message>"}} — authentication (401/403), numbers, actions, query validation;</li>
 *   <li>{@code {"error": "not_found", "message": "No route matched"}} — a path no endpoint serves (the gateway shape);</li>
 *   <li>{@code {"detail": {"status", "description", "request_id", "category"}}} — assistants
 *       create/update/get/delete, actions attach/detach and {@code GET /calls/{id}}, where the OpenAPI declares it.</li>
 * </ul>
 * Which endpoint uses which shape beyond those the OpenAPI names is the simulator's choice (unconfirmed).
 */
final class SynthflowErrors {

    private final IdSource ids;

    SynthflowErrors(IdSource ids) {
        this.ids = ids;
    }

    ApiError detail(int status, String message) {
        ObjectNode body = Json.object().put("detail", message);
        return new ApiError(SimResponse.json(status, Json.write(body)));
    }

    ApiError structured(int status, String category, String description) {
        ObjectNode detail = Json.object()
                .put("status", "error")
                .put("description", description)
                .put("request_id", ids.uuid())
                .put("category", category);
        ObjectNode body = Json.object();
        body.set("detail", detail);
        return new ApiError(SimResponse.json(status, Json.write(body)));
    }

    /** A 400 in the structured shape, for a body the OpenAPI's validation would refuse. */
    ApiError validation(String description) {
        return structured(400, "validation_error", description);
    }

    ApiError noRoute() {
        ObjectNode body = Json.object().put("error", "not_found").put("message", "No route matched");
        return new ApiError(SimResponse.json(404, Json.write(body)));
    }
}
