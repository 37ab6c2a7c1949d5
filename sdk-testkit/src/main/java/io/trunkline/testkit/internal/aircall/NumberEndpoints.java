package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.byId;
import static io.trunkline.testkit.internal.aircall.AircallResponses.single;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.Optional;

/** Aircall's numbers (lines): {@code GET /v1/numbers} and {@code GET /v1/numbers/{id}}. */
final class NumberEndpoints extends AircallResource {

    private static final PathPattern NUMBERS = PathPattern.compile("/v1/numbers");
    private static final PathPattern NUMBER = PathPattern.compile("/v1/numbers/{id}");

    private final UserEndpoints users;
    private final VendorProfile profile;

    NumberEndpoints(AircallStore store, AircallResponses responses, UserEndpoints users, VendorProfile profile) {
        super(store, responses);
        this.users = users;
        this.profile = profile;
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (!"GET".equals(r.method())) {
            return Optional.empty();
        }
        if (NUMBERS.matches(r.path())) {
            return Optional.of(responses.list(r, "numbers", store.numbers(), this::render));
        }
        return NUMBER.match(r.path()).map(m -> single("number", render(byId(store::number, m.get("id")))));
    }

    /** Also the line that a call embeds. */
    ObjectNode render(AircallNumber n) {
        ObjectNode node = Json.object()
                .put("id", n.id())
                .put("direct_link", responses.link("/v1/numbers/" + n.id()))
                .put("name", n.name())
                .put("digits", n.digits())
                .put("created_at", AircallResponses.time(n.createdAt().orElse(store.clock().instant())))
                .put("country", n.country())
                .put("time_zone", n.timeZone())
                .put("open", "open".equals(n.availabilityStatus()))
                .put("availability_status", n.availabilityStatus())
                .put("is_ivr", false)
                .put("live_recording_activated", false);
        ArrayNode lineUsers = node.putArray("users");
        n.userIds().stream().map(store::user).flatMap(Optional::stream).forEach(u -> lineUsers.add(users.shortUser(u)));
        node.putNull("priority");
        node.putObject("messages");
        // Documented as optional; the documented-only profile omits it where it would be false.
        if (n.flowEditorEnabled() || !profile.documentedOnly()) {
            node.put("flow_editor_enabled", n.flowEditorEnabled());
        }
        return node;
    }
}
