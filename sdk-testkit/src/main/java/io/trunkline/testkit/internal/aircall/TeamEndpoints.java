package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.byId;
import static io.trunkline.testkit.internal.aircall.AircallResponses.single;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.Optional;

/** Aircall's teams: {@code GET /v1/teams} and {@code GET /v1/teams/{id}}. */
final class TeamEndpoints extends AircallResource {

    private static final PathPattern TEAMS = PathPattern.compile("/v1/teams");
    private static final PathPattern TEAM = PathPattern.compile("/v1/teams/{id}");

    private final UserEndpoints users;

    TeamEndpoints(AircallStore store, AircallResponses responses, UserEndpoints users) {
        super(store, responses);
        this.users = users;
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (!"GET".equals(r.method())) {
            return Optional.empty();
        }
        if (TEAMS.matches(r.path())) {
            return Optional.of(responses.list(r, "teams", store.teams(), t -> render(t, true)));
        }
        return TEAM.match(r.path()).map(m -> single("team", render(byId(store::team, m.get("id")), false)));
    }

    /** Team lists embed richer user rows than a single team, as Aircall's reference notes. */
    private ObjectNode render(AircallTeam t, boolean listed) {
        ObjectNode node = Json.object()
                .put("id", t.id())
                .put("direct_link", responses.link("/v1/teams/" + t.id()))
                .put("name", t.name())
                .put("created_at", AircallResponses.time(t.createdAt().orElse(store.clock().instant())));
        ArrayNode members = node.putArray("users");
        for (Long userId : t.userIds()) {
            store.user(userId).ifPresent(u -> members.add(member(u, listed)));
        }
        return node;
    }

    private ObjectNode member(AircallUser u, boolean listed) {
        ObjectNode row = users.shortUser(u);
        if (listed) {
            row.put("availability_status", u.availabilityStatus());
            if (u.defaultNumberId().isPresent()) {
                row.put("default_number_id", u.defaultNumberId().get());
            } else {
                row.putNull("default_number_id");
            }
        }
        return row;
    }

    /** The short team row that a call embeds. */
    ObjectNode shortTeam(AircallTeam t) {
        return Json.object().put("id", t.id()).put("direct_link", responses.link("/v1/teams/" + t.id()))
                .put("name", t.name());
    }
}
