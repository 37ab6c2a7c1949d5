package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.byId;
import static io.trunkline.testkit.internal.aircall.AircallResponses.single;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.Optional;

/** Aircall's users: {@code GET /v2/users}, {@code GET /v2/users/{id or email}} and {@code GET /v1/users/{id}/availability}. */
final class UserEndpoints extends AircallResource {

    private static final PathPattern USERS = PathPattern.compile("/v2/users");
    private static final PathPattern USER = PathPattern.compile("/v2/users/{id}");
    private static final PathPattern AVAILABILITY = PathPattern.compile("/v1/users/{id}/availability");


    UserEndpoints(AircallStore store, AircallResponses responses) {
        super(store, responses);
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (!"GET".equals(r.method())) {
            return Optional.empty();
        }
        if (USERS.matches(r.path())) {
            return Optional.of(responses.list(r, "users", store.users(), this::render));
        }
        Optional<SimResponse> user = USER.match(r.path())
                .map(m -> single("user", render(userByIdOrEmail(m.get("id")))));
        return user.or(() -> AVAILABILITY.match(r.path()).map(m -> byId(store::user, m.get("id")))
                .map(u -> SimResponse.json(200, Json.write(Json.object().put("availability", u.availability())))));
    }

    private AircallUser userByIdOrEmail(String idOrEmail) {
        if (idOrEmail.contains("@")) {
            return store.users().stream().filter(u -> u.email().equalsIgnoreCase(idOrEmail)).findFirst()
                    .orElseThrow(AircallResponses::notFound);
        }
        return byId(store::user, idOrEmail);
    }

    private ObjectNode render(AircallUser u) {
        return Json.object()
                .put("id", u.id())
                .put("direct_link", responses.link("/v2/users/" + u.id()))
                .put("name", u.name())
                .put("email", u.email())
                .put("created_at", AircallResponses.time(u.createdAt().orElse(store.clock().instant())))
                .put("available", u.available())
                .put("availability_status", u.availabilityStatus())
                .put("substatus", u.substatus())
                .put("time_zone", u.timeZone())
                .put("language", u.language())
                .put("wrap_up_time", u.wrapUpTime());
    }

    /** The short user row that lines, teams and calls embed. */
    ObjectNode shortUser(AircallUser u) {
        return Json.object()
                .put("id", u.id())
                .put("direct_link", responses.link("/v1/users/" + u.id()))
                .put("name", u.name())
                .put("email", u.email());
    }
}
