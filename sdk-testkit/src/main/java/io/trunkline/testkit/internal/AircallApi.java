package io.trunkline.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.Secret;
import io.trunkline.testkit.AircallCall;
import io.trunkline.testkit.AircallDashboard;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSipDestination;
import io.trunkline.testkit.AircallSmartflowForward;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.AircallWebhook;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulated Aircall Public API: state, authentication, rate limit, pagination and
 * rendering, faithful to {@code shared/vendor-apis/aircall.md}. Every method runs with the
 * simulator's lock held.
 */
public final class AircallApi implements RequestHandler, AircallDashboard {

    /** Aircall's documented page size limits. */
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 50;
    static final int MAX_WEBHOOKS = 100;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final PathPattern PING = PathPattern.compile("/v1/ping");
    private static final PathPattern NUMBERS = PathPattern.compile("/v1/numbers");
    private static final PathPattern NUMBER = PathPattern.compile("/v1/numbers/{id}");
    private static final PathPattern TEAMS = PathPattern.compile("/v1/teams");
    private static final PathPattern TEAM = PathPattern.compile("/v1/teams/{id}");
    private static final PathPattern USERS = PathPattern.compile("/v2/users");
    private static final PathPattern USER = PathPattern.compile("/v2/users/{id}");
    private static final PathPattern AVAILABILITY = PathPattern.compile("/v1/users/{id}/availability");
    private static final PathPattern CALLS = PathPattern.compile("/v1/calls");
    private static final PathPattern CALL = PathPattern.compile("/v1/calls/{id}");
    private static final PathPattern WEBHOOKS = PathPattern.compile("/v1/webhooks");
    private static final PathPattern WEBHOOK = PathPattern.compile("/v1/webhooks/{id}");

    private final String apiId;
    private final Secret apiToken;
    private final Secret bearerToken;
    private final Clock clock;
    private final IdSource ids;
    private final AircallRateLimit rateLimit;
    private final VendorProfile profile;
    private String rootUrl = "";

    private final Map<Long, AircallNumber> numbers = new LinkedHashMap<>();
    private final Map<Long, AircallTeam> teams = new LinkedHashMap<>();
    private final Map<Long, AircallUser> users = new LinkedHashMap<>();
    private final Map<Long, AircallCall> calls = new LinkedHashMap<>();
    private final Map<String, AircallWebhook> webhooks = new LinkedHashMap<>();
    private final Map<String, AircallSipDestination> sipDestinations = new LinkedHashMap<>();
    private final Map<Long, AircallSmartflowForward> smartflowForwards = new LinkedHashMap<>();
    private long nextNumberId;
    private long nextTeamId;
    private long nextUserId;
    private long nextCallId;

    /**
     * @param apiId the Basic-auth user
     * @param apiToken the Basic-auth password
     * @param bearerToken the accepted OAuth token, or {@code null} for none
     * @param clock the simulator clock
     * @param rateLimit the per-company budget
     * @param ids the id source
     * @param profile what the simulator grants beyond the documentation
     */
    public AircallApi(String apiId, Secret apiToken, Secret bearerToken, Clock clock, AircallRateLimit rateLimit,
            IdSource ids, VendorProfile profile) {
        this.profile = profile;
        this.apiId = apiId;
        this.apiToken = apiToken;
        this.bearerToken = bearerToken;
        this.clock = clock;
        this.rateLimit = rateLimit;
        this.ids = ids;
        resetIds();
    }

    private void resetIds() {
        nextNumberId = 1001;
        nextTeamId = 601;
        nextUserId = 401;
        nextCallId = 812_000_001L;
    }

    /** @param rootUrl the server root, for {@code direct_link} and page links */
    public void rootUrl(String rootUrl) {
        this.rootUrl = rootUrl;
    }

    /** @return the rate limit */
    public AircallRateLimit rateLimit() {
        return rateLimit;
    }

    /** Clears all state, dashboard settings and counters. */
    public void reset() {
        numbers.clear();
        teams.clear();
        users.clear();
        calls.clear();
        webhooks.clear();
        sipDestinations.clear();
        smartflowForwards.clear();
        rateLimit.reset();
        ids.reset();
        resetIds();
    }

    // ------------------------------------------------------------------ preload and snapshots

    /**
     * @param number a line
     * @return the stored line, with id and creation time
     */
    public AircallNumber addNumber(AircallNumber number) {
        AircallNumber.Builder stored = number.toBuilder();
        long id = number.id() > 0 ? number.id() : nextNumberId++;
        stored.id(id);
        if (number.createdAt().isEmpty()) {
            stored.createdAt(clock.instant());
        }
        if (smartflowForwards.containsKey(id)) {
            stored.flowEditorEnabled(true);
        }
        AircallNumber result = stored.build();
        numbers.put(id, result);
        return result;
    }

    /**
     * @param team a team whose users exist
     * @return the stored team
     */
    public AircallTeam addTeam(AircallTeam team) {
        team.userIds().forEach(userId -> {
            if (!users.containsKey(userId)) {
                throw new IllegalArgumentException("add user " + userId + " before a team that contains it");
            }
        });
        AircallTeam.Builder stored = team.toBuilder();
        long id = team.id() > 0 ? team.id() : nextTeamId++;
        stored.id(id);
        if (team.createdAt().isEmpty()) {
            stored.createdAt(clock.instant());
        }
        AircallTeam result = stored.build();
        teams.put(id, result);
        return result;
    }

    /**
     * @param user a user
     * @return the stored user
     */
    public AircallUser addUser(AircallUser user) {
        AircallUser.Builder stored = user.toBuilder();
        long id = user.id() > 0 ? user.id() : nextUserId++;
        stored.id(id);
        if (user.createdAt().isEmpty()) {
            stored.createdAt(clock.instant());
        }
        AircallUser result = stored.build();
        users.put(id, result);
        return result;
    }

    /**
     * @param call a call record
     * @return the stored call
     */
    public AircallCall addCall(AircallCall call) {
        AircallCall.Builder stored = call.toBuilder();
        long id = call.id() > 0 ? call.id() : nextCallId++;
        AircallCall result = stored.id(id).build();
        calls.put(id, result);
        return result;
    }

    /** @return lines by id order of insertion */
    public List<AircallNumber> numbers() {
        return List.copyOf(numbers.values());
    }

    /** @return teams */
    public List<AircallTeam> teams() {
        return List.copyOf(teams.values());
    }

    /** @return users */
    public List<AircallUser> users() {
        return List.copyOf(users.values());
    }

    /** @return calls */
    public List<AircallCall> calls() {
        return List.copyOf(calls.values());
    }

    /** @return webhooks */
    public List<AircallWebhook> webhooks() {
        return List.copyOf(webhooks.values());
    }

    /**
     * @param id a line id
     * @return whether it existed
     */
    public boolean removeNumber(long id) {
        return numbers.remove(id) != null;
    }

    // ------------------------------------------------------------------ dashboard (never over HTTP)

    @Override
    public AircallDashboard sipDestination(AircallSipDestination destination) {
        sipDestinations.put(destination.name(), destination);
        return this;
    }

    @Override
    public Optional<AircallSipDestination> sipDestination(String name) {
        return Optional.ofNullable(sipDestinations.get(name));
    }

    @Override
    public List<AircallSipDestination> sipDestinations() {
        return List.copyOf(sipDestinations.values());
    }

    @Override
    public boolean removeSipDestination(String name) {
        return sipDestinations.remove(name) != null;
    }

    @Override
    public AircallDashboard smartflowForward(AircallSmartflowForward forward) {
        smartflowForwards.put(forward.lineId(), forward);
        AircallNumber line = numbers.get(forward.lineId());
        if (line != null) {
            numbers.put(line.id(), line.toBuilder().flowEditorEnabled(true).build());
        }
        return this;
    }

    @Override
    public Optional<AircallSmartflowForward> smartflowForward(long lineId) {
        return Optional.ofNullable(smartflowForwards.get(lineId));
    }

    @Override
    public List<AircallSmartflowForward> smartflowForwards() {
        return List.copyOf(smartflowForwards.values());
    }

    @Override
    public boolean removeSmartflowForward(long lineId) {
        return smartflowForwards.remove(lineId) != null;
    }

    // ------------------------------------------------------------------ dispatch

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

    private SimResponse route(RecordedRequest r) {
        String path = r.path();
        String method = r.method();
        if ("GET".equals(method)) {
            Optional<SimResponse> read = routeRead(r, path);
            if (read.isPresent()) {
                return read.get();
            }
        }
        if (WEBHOOKS.matches(path) && "POST".equals(method)) {
            return createWebhook(r);
        }
        Optional<Map<String, String>> m = WEBHOOK.match(path);
        if (m.isPresent() && "PUT".equals(method)) {
            return updateWebhook(r, m.get().get("id"));
        }
        if (m.isPresent() && "DELETE".equals(method)) {
            return deleteWebhook(m.get().get("id"));
        }
        throw notFound();
    }

    private Optional<SimResponse> routeRead(RecordedRequest r, String path) {
        if (PING.matches(path)) {
            return Optional.of(SimResponse.json(200, "{\"ping\":\"pong\"}"));
        }
        if (NUMBERS.matches(path)) {
            return Optional.of(list(r, "numbers", List.copyOf(numbers.values()), this::renderNumber));
        }
        if (TEAMS.matches(path)) {
            return Optional.of(list(r, "teams", List.copyOf(teams.values()), t -> renderTeam(t, true)));
        }
        if (USERS.matches(path)) {
            return Optional.of(list(r, "users", List.copyOf(users.values()), this::renderUser));
        }
        if (CALLS.matches(path)) {
            return Optional.of(list(r, "calls", filteredCalls(r), this::renderCall));
        }
        if (WEBHOOKS.matches(path)) {
            return Optional.of(list(r, "webhooks", List.copyOf(webhooks.values()), this::renderWebhook));
        }
        Optional<Map<String, String>> m;
        if ((m = NUMBER.match(path)).isPresent()) {
            return Optional.of(single("number", renderNumber(byId(numbers, m.get().get("id")))));
        }
        if ((m = TEAM.match(path)).isPresent()) {
            return Optional.of(single("team", renderTeam(byId(teams, m.get().get("id")), false)));
        }
        if ((m = USER.match(path)).isPresent()) {
            return Optional.of(single("user", renderUser(userByIdOrEmail(m.get().get("id")))));
        }
        if ((m = AVAILABILITY.match(path)).isPresent()) {
            AircallUser user = byId(users, m.get().get("id"));
            return Optional.of(SimResponse.json(200, Json.write(Json.object().put("availability", user.availability()))));
        }
        if ((m = CALL.match(path)).isPresent()) {
            return Optional.of(single("call", renderCall(byId(calls, m.get().get("id")))));
        }
        if ((m = WEBHOOK.match(path)).isPresent()) {
            return Optional.of(single("webhook", renderWebhook(webhookOrNotFound(m.get().get("id")))));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ rendering

    private ObjectNode renderNumber(AircallNumber n) {
        ObjectNode node = Json.object()
                .put("id", n.id())
                .put("direct_link", rootUrl + "/v1/numbers/" + n.id())
                .put("name", n.name())
                .put("digits", n.digits())
                .put("created_at", ISO_MILLIS.format(n.createdAt().orElse(clock.instant())))
                .put("country", n.country())
                .put("time_zone", n.timeZone())
                .put("open", "open".equals(n.availabilityStatus()))
                .put("availability_status", n.availabilityStatus())
                .put("is_ivr", false)
                .put("live_recording_activated", false);
        ArrayNode lineUsers = node.putArray("users");
        n.userIds().stream().map(users::get).filter(u -> u != null).forEach(u -> lineUsers.add(shortUser(u)));
        node.putNull("priority");
        node.putObject("messages");
        // Documented as optional; the documented-only profile omits it where it would be false.
        if (n.flowEditorEnabled() || !profile.documentedOnly()) {
            node.put("flow_editor_enabled", n.flowEditorEnabled());
        }
        return node;
    }

    private ObjectNode shortUser(AircallUser u) {
        return Json.object()
                .put("id", u.id())
                .put("direct_link", rootUrl + "/v1/users/" + u.id())
                .put("name", u.name())
                .put("email", u.email());
    }

    /** Team lists embed richer user rows than a single team, as Aircall's reference notes. */
    private ObjectNode renderTeam(AircallTeam t, boolean listed) {
        ObjectNode node = Json.object()
                .put("id", t.id())
                .put("direct_link", rootUrl + "/v1/teams/" + t.id())
                .put("name", t.name())
                .put("created_at", ISO_MILLIS.format(t.createdAt().orElse(clock.instant())));
        ArrayNode members = node.putArray("users");
        for (Long userId : t.userIds()) {
            AircallUser u = users.get(userId);
            if (u == null) {
                continue;
            }
            ObjectNode row = shortUser(u);
            if (listed) {
                row.put("availability_status", u.availabilityStatus());
                if (u.defaultNumberId().isPresent()) {
                    row.put("default_number_id", u.defaultNumberId().get());
                } else {
                    row.putNull("default_number_id");
                }
            }
            members.add(row);
        }
        return node;
    }

    private ObjectNode renderUser(AircallUser u) {
        return Json.object()
                .put("id", u.id())
                .put("direct_link", rootUrl + "/v2/users/" + u.id())
                .put("name", u.name())
                .put("email", u.email())
                .put("created_at", ISO_MILLIS.format(u.createdAt().orElse(clock.instant())))
                .put("available", u.available())
                .put("availability_status", u.availabilityStatus())
                .put("substatus", u.substatus())
                .put("time_zone", u.timeZone())
                .put("language", u.language())
                .put("wrap_up_time", u.wrapUpTime());
    }

    private ObjectNode renderCall(AircallCall c) {
        ObjectNode node = Json.object()
                .put("id", c.id())
                .put("sid", "CA" + Long.toHexString(c.id()))
                .put("direct_link", rootUrl + "/v1/calls/" + c.id())
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
        Optional<AircallNumber> line = c.numberId().map(numbers::get);
        if (line.isPresent()) {
            node.set("number", renderNumber(line.get()));
        } else {
            node.putNull("number");
        }
        Optional<AircallUser> user = c.userId().map(users::get);
        if (user.isPresent()) {
            node.set("user", shortUser(user.get()));
        } else {
            node.putNull("user");
        }
        node.putNull("assigned_to").putNull("transferred_by");
        Optional<AircallUser> transferredTo = c.transferredToUserId().map(users::get);
        if (transferredTo.isPresent()) {
            node.set("transferred_to", shortUser(transferredTo.get()));
        } else {
            node.putNull("transferred_to");
        }
        ArrayNode callTeams = node.putArray("teams");
        c.teamIds().stream().map(teams::get).filter(t -> t != null).forEach(t -> callTeams.add(Json.object()
                .put("id", t.id()).put("direct_link", rootUrl + "/v1/teams/" + t.id()).put("name", t.name())));
        node.putNull("contact").putNull("recording").putNull("voicemail");
        node.putArray("comments");
        node.putArray("tags");
        node.put("archived", c.archived());
        return node;
    }

    private ObjectNode renderWebhook(AircallWebhook w) {
        ObjectNode node = Json.object()
                .put("webhook_id", w.webhookId())
                .put("direct_link", rootUrl + "/v1/webhooks/" + w.webhookId())
                .put("created_at", ISO_MILLIS.format(w.createdAt()))
                .put("custom_name", w.customName())
                .put("url", w.url())
                .put("active", w.active())
                .put("token", w.token().reveal());
        ArrayNode events = node.putArray("events");
        w.events().forEach(events::add);
        return node;
    }

    private static void putEpoch(ObjectNode node, String field, Optional<Instant> value) {
        if (value.isPresent()) {
            node.put(field, value.get().getEpochSecond());
        } else {
            node.putNull(field);
        }
    }

    // ------------------------------------------------------------------ calls

    private List<AircallCall> filteredCalls(RecordedRequest r) {
        Optional<Long> from = r.queryParameter("from").map(v -> longParam("from", v));
        Optional<Long> to = r.queryParameter("to").map(v -> longParam("to", v));
        return calls.values().stream()
                .filter(c -> from.map(f -> c.startedAt().getEpochSecond() >= f).orElse(true))
                .filter(c -> to.map(t -> c.startedAt().getEpochSecond() <= t).orElse(true))
                .sorted(Comparator.comparing(AircallCall::startedAt).thenComparing(AircallCall::id))
                .toList();
    }

    // ------------------------------------------------------------------ webhooks

    private SimResponse createWebhook(RecordedRequest r) {
        ObjectNode body = Json.parseObject(r.body()).orElseThrow(() -> badRequest("The body must be a JSON object"));
        String url = Json.text(body, "url").orElseThrow(() -> badRequest("url is required"));
        checkHttps(url);
        if (webhooks.size() >= MAX_WEBHOOKS) {
            throw badRequest("A company can have at most " + MAX_WEBHOOKS + " webhooks");
        }
        AircallWebhook webhook = new AircallWebhook(ids.uuid(), Json.text(body, "custom_name").orElse("Webhook"), url,
                true, Secret.of(ids.token(20)), events(body), clock.instant());
        webhooks.put(webhook.webhookId(), webhook);
        return single(201, "webhook", renderWebhook(webhook));
    }

    /** As documented, an update without {@code events} subscribes the webhook to every event again. */
    private SimResponse updateWebhook(RecordedRequest r, String id) {
        AircallWebhook current = webhookOrNotFound(id);
        ObjectNode body = Json.parseObject(r.body()).orElseThrow(() -> badRequest("The body must be a JSON object"));
        String url = Json.text(body, "url").orElse(current.url());
        checkHttps(url);
        JsonNode active = body.get("active");
        AircallWebhook updated = new AircallWebhook(id, Json.text(body, "custom_name").orElse(current.customName()),
                url, active != null && active.isBoolean() ? active.asBoolean() : current.active(), current.token(),
                events(body), current.createdAt());
        webhooks.put(id, updated);
        return single("webhook", renderWebhook(updated));
    }

    private SimResponse deleteWebhook(String id) {
        webhookOrNotFound(id);
        webhooks.remove(id);
        return SimResponse.empty(204);
    }

    private List<String> events(ObjectNode body) {
        JsonNode events = body.get("events");
        if (events == null || events.isNull()) {
            return AircallWebhook.DOCUMENTED_EVENTS;
        }
        if (!events.isArray()) {
            throw badRequest("events must be an array of event names");
        }
        List<String> names = new ArrayList<>();
        events.forEach(e -> names.add(e.asText()));
        return names;
    }

    private void checkHttps(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw badRequest("url must be an https URL");
        }
    }

    private AircallWebhook webhookOrNotFound(String id) {
        AircallWebhook w = webhooks.get(id);
        if (w == null) {
            throw notFound();
        }
        return w;
    }

    // ------------------------------------------------------------------ pagination and helpers

    /**
     * Aircall's {@code page}/{@code per_page} paging. {@code per_page} above 50 is clamped to 50
     * (the documented maximum) and below 1 to 1; {@code page} below 1 counts as 1. {@code order=desc}
     * reverses the creation order. Links are absolute URLs to this simulator.
     */
    private <T> SimResponse list(RecordedRequest r, String key, List<T> all, Function<T, ObjectNode> render) {
        int perPage = (int) Math.max(1, Math.min(MAX_PER_PAGE,
                r.queryParameter("per_page").map(v -> longParam("per_page", v)).orElse((long) DEFAULT_PER_PAGE)));
        int page = (int) Math.max(1, r.queryParameter("page").map(v -> longParam("page", v)).orElse(1L));
        List<T> ordered = new ArrayList<>(all);
        if ("desc".equalsIgnoreCase(r.queryParameter("order").orElse("asc"))) {
            java.util.Collections.reverse(ordered);
        }
        int from = (int) Math.min((long) (page - 1) * perPage, ordered.size());
        int to = Math.min(from + perPage, ordered.size());
        ArrayNode items = Json.array();
        ordered.subList(from, to).forEach(item -> items.add(render.apply(item)));
        ObjectNode meta = Json.object()
                .put("count", to - from)
                .put("total", ordered.size())
                .put("current_page", page)
                .put("per_page", perPage);
        if (to < ordered.size()) {
            meta.put("next_page_link", pageLink(r, page + 1, perPage));
        } else {
            meta.putNull("next_page_link");
        }
        if (page > 1) {
            meta.put("previous_page_link", pageLink(r, page - 1, perPage));
        } else {
            meta.putNull("previous_page_link");
        }
        ObjectNode body = Json.object();
        body.set(key, items);
        body.set("meta", meta);
        return SimResponse.json(200, Json.write(body));
    }

    private String pageLink(RecordedRequest r, int page, int perPage) {
        StringBuilder link = new StringBuilder(rootUrl).append(r.path()).append('?');
        r.query().forEach((name, values) -> {
            if (!"page".equals(name) && !"per_page".equals(name)) {
                values.forEach(v -> link.append(encode(name)).append('=').append(encode(v)).append('&'));
            }
        });
        return link.append("page=").append(page).append("&per_page=").append(perPage).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T byId(Map<Long, T> map, String rawId) {
        try {
            T found = map.get(Long.parseLong(rawId));
            if (found != null) {
                return found;
            }
        } catch (NumberFormatException e) {
            // not an id: same answer as an unknown id
        }
        throw notFound();
    }

    private AircallUser userByIdOrEmail(String idOrEmail) {
        if (idOrEmail.contains("@")) {
            return users.values().stream().filter(u -> u.email().equalsIgnoreCase(idOrEmail)).findFirst()
                    .orElseThrow(this::notFound);
        }
        return byId(users, idOrEmail);
    }

    private long longParam(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw badRequest(name + " must be an integer");
        }
    }

    private static SimResponse single(String key, ObjectNode item) {
        return single(200, key, item);
    }

    private static SimResponse single(int status, String key, ObjectNode item) {
        ObjectNode body = Json.object();
        body.set(key, item);
        return SimResponse.json(status, Json.write(body));
    }

    private static SimResponse message(int status, String message) {
        return SimResponse.json(status, Json.write(Json.object().put("message", message)));
    }

    private ApiError notFound() {
        return new ApiError(message(404, "Not Found"));
    }

    /** Aircall does not document its validation error body; the simulator sends {@code error} and {@code troubleshoot}. */
    private static ApiError badRequest(String troubleshoot) {
        return new ApiError(SimResponse.json(400, Json.write(Json.object()
                .put("error", "Bad Request").put("troubleshoot", troubleshoot))));
    }
}
