package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.byId;
import static io.trunkline.testkit.internal.aircall.AircallResponses.longParam;
import static io.trunkline.testkit.internal.aircall.AircallResponses.single;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.testkit.AircallCall;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Aircall's calls: {@code GET /v1/calls} (by start time) and {@code GET /v1/calls/{id}}. */
final class CallEndpoints extends AircallResource {

    private static final PathPattern CALLS = PathPattern.compile("/v1/calls");
    private static final PathPattern CALL = PathPattern.compile("/v1/calls/{id}");

    private final NumberEndpoints numbers;
    private final UserEndpoints users;
    private final TeamEndpoints teams;

    CallEndpoints(AircallStore store, AircallResponses responses, NumberEndpoints numbers, UserEndpoints users,
            TeamEndpoints teams) {
        super(store, responses);
        this.numbers = numbers;
        this.users = users;
        this.teams = teams;
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (!"GET".equals(r.method())) {
            return Optional.empty();
        }
        if (CALLS.matches(r.path())) {
            return Optional.of(responses.list(r, "calls", filteredCalls(r), this::render));
        }
        return CALL.match(r.path()).map(m -> single("call", render(byId(store::call, m.get("id")))));
    }

    private List<AircallCall> filteredCalls(RecordedRequest r) {
        Optional<Long> from = r.queryParameter("from").map(v -> longParam("from", v));
        Optional<Long> to = r.queryParameter("to").map(v -> longParam("to", v));
        return store.calls().stream()
                .filter(c -> from.map(f -> c.startedAt().getEpochSecond() >= f).orElse(true))
                .filter(c -> to.map(t -> c.startedAt().getEpochSecond() <= t).orElse(true))
                .sorted(Comparator.comparing(AircallCall::startedAt).thenComparing(AircallCall::id))
                .toList();
    }

    private ObjectNode render(AircallCall c) {
        ObjectNode node = Json.object()
                .put("id", c.id())
                .put("sid", "CA" + Long.toHexString(c.id()))
                .put("direct_link", responses.link("/v1/calls/" + c.id()))
                .put("started_at", c.startedAt().getEpochSecond());
        putEpoch(node, "answered_at", c.answeredAt());
        putEpoch(node, "ended_at", c.endedAt());
        long duration = c.endedAt().map(end -> Duration.between(c.startedAt(), end).getSeconds()).orElse(0L);
        node.put("duration", duration)
                .put("status", c.status())
                .put("direction", c.direction())
                .put("raw_digits", c.rawDigits());
        if (c.missedCallReason().isPresent()) {
            node.put("missed_call_reason", c.missedCallReason().get());
        } else {
            node.putNull("missed_call_reason");
        }
        putOrNull(node, "number", c.numberId().flatMap(store::number), numbers::render);
        putOrNull(node, "user", c.userId().flatMap(store::user), users::shortUser);
        node.putNull("assigned_to").putNull("transferred_by");
        putOrNull(node, "transferred_to", c.transferredToUserId().flatMap(store::user), users::shortUser);
        ArrayNode callTeams = node.putArray("teams");
        c.teamIds().stream().map(store::team).flatMap(Optional::stream).forEach(t -> callTeams.add(teams.shortTeam(t)));
        node.putNull("contact").putNull("recording").putNull("voicemail");
        node.putArray("comments");
        node.putArray("tags");
        node.put("archived", c.archived());
        return node;
    }

    private static <T> void putOrNull(ObjectNode node, String field, Optional<T> value, Function<T, ObjectNode> render) {
        if (value.isPresent()) {
            node.set(field, render.apply(value.get()));
        } else {
            node.putNull(field);
        }
    }

    private static void putEpoch(ObjectNode node, String field, Optional<Instant> value) {
        if (value.isPresent()) {
            node.put(field, value.get().getEpochSecond());
        } else {
            node.putNull(field);
        }
    }
}
