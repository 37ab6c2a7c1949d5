package io.trunkline.testkit.internal.aircall;

import io.trunkline.testkit.AircallCall;
import io.trunkline.testkit.AircallDashboard;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.internal.IdSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Aircall company: its lines, users, teams, calls and webhooks, and the settings that
 * exist only in the dashboard (SIP destinations, Smartflow forwards). The endpoint classes hold the
 * HTTP side of each resource; tests preload and inspect state here. Every method runs with the
 * simulator's lock held.
 */
public final class AircallStore implements AircallDashboard {

    private final Clock clock;
    private final IdSource ids;

    private final Map<Long, AircallNumber> numbers = new LinkedHashMap<>();
    private final Map<Long, AircallTeam> teams = new LinkedHashMap<>();
    private final Map<Long, AircallUser> users = new LinkedHashMap<>();
    private final Map<Long, AircallCall> calls = new LinkedHashMap<>();
    private final Map<String, AircallSimulator.Webhook> webhooks = new LinkedHashMap<>();
    private final Map<String, AircallDashboard.SipDestination> sipDestinations = new LinkedHashMap<>();
    private final Map<Long, AircallDashboard.SmartflowForward> smartflowForwards = new LinkedHashMap<>();
    private long nextNumberId;
    private long nextTeamId;
    private long nextUserId;
    private long nextCallId;

    /**
     * @param clock the simulator clock
     * @param ids the id source
     */
    public AircallStore(Clock clock, IdSource ids) {
        this.clock = clock;
        this.ids = ids;
        resetIds();
    }

    private void resetIds() {
        nextNumberId = 1001;
        nextTeamId = 601;
        nextUserId = 401;
        nextCallId = 812_000_001L;
    }

    /** Clears all state, dashboard settings and id counters. */
    public void reset() {
        numbers.clear();
        teams.clear();
        users.clear();
        calls.clear();
        webhooks.clear();
        sipDestinations.clear();
        smartflowForwards.clear();
        ids.reset();
        resetIds();
    }

    Clock clock() {
        return clock;
    }

    IdSource ids() {
        return ids;
    }

    // ------------------------------------------------------------------ lines

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

    /** @return lines in order of insertion */
    public List<AircallNumber> numbers() {
        return List.copyOf(numbers.values());
    }

    Optional<AircallNumber> number(long id) {
        return Optional.ofNullable(numbers.get(id));
    }

    /**
     * @param id a line id
     * @return whether it existed
     */
    public boolean removeNumber(long id) {
        return numbers.remove(id) != null;
    }

    // ------------------------------------------------------------------ users and teams

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

    /** @return users */
    public List<AircallUser> users() {
        return List.copyOf(users.values());
    }

    Optional<AircallUser> user(long id) {
        return Optional.ofNullable(users.get(id));
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

    /** @return teams */
    public List<AircallTeam> teams() {
        return List.copyOf(teams.values());
    }

    Optional<AircallTeam> team(long id) {
        return Optional.ofNullable(teams.get(id));
    }

    // ------------------------------------------------------------------ calls and webhooks

    /**
     * @param call a call record
     * @return the stored call
     */
    public AircallCall addCall(AircallCall call) {
        long id = call.id() > 0 ? call.id() : nextCallId++;
        AircallCall result = call.toBuilder().id(id).build();
        calls.put(id, result);
        return result;
    }

    /** @return calls */
    public List<AircallCall> calls() {
        return List.copyOf(calls.values());
    }

    Optional<AircallCall> call(long id) {
        return Optional.ofNullable(calls.get(id));
    }

    /** @return webhooks */
    public List<AircallSimulator.Webhook> webhooks() {
        return List.copyOf(webhooks.values());
    }

    Optional<AircallSimulator.Webhook> webhook(String id) {
        return Optional.ofNullable(webhooks.get(id));
    }

    void putWebhook(AircallSimulator.Webhook webhook) {
        webhooks.put(webhook.webhookId(), webhook);
    }

    void removeWebhook(String id) {
        webhooks.remove(id);
    }

    // ------------------------------------------------------------------ dashboard (never over HTTP)

    @Override
    public AircallDashboard sipDestination(AircallDashboard.SipDestination destination) {
        sipDestinations.put(destination.name(), destination);
        return this;
    }

    @Override
    public Optional<AircallDashboard.SipDestination> sipDestination(String name) {
        return Optional.ofNullable(sipDestinations.get(name));
    }

    @Override
    public List<AircallDashboard.SipDestination> sipDestinations() {
        return List.copyOf(sipDestinations.values());
    }

    @Override
    public boolean removeSipDestination(String name) {
        return sipDestinations.remove(name) != null;
    }

    /** A line with a Smartflow shows {@code flow_editor_enabled}. */
    @Override
    public AircallDashboard smartflowForward(AircallDashboard.SmartflowForward forward) {
        smartflowForwards.put(forward.lineId(), forward);
        AircallNumber line = numbers.get(forward.lineId());
        if (line != null) {
            numbers.put(line.id(), line.toBuilder().flowEditorEnabled(true).build());
        }
        return this;
    }

    @Override
    public Optional<AircallDashboard.SmartflowForward> smartflowForward(long lineId) {
        return Optional.ofNullable(smartflowForwards.get(lineId));
    }

    @Override
    public List<AircallDashboard.SmartflowForward> smartflowForwards() {
        return List.copyOf(smartflowForwards.values());
    }

    @Override
    public boolean removeSmartflowForward(long lineId) {
        return smartflowForwards.remove(lineId) != null;
    }
}
