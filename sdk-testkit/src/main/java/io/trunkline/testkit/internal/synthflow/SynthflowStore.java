package io.trunkline.testkit.internal.synthflow;

import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowCall;
import io.trunkline.testkit.SynthflowNumber;
import io.trunkline.testkit.internal.IdSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Synthflow workspace: its numbers, assistants, actions and calls, and the rules that
 * span them (a number serves one inbound agent and "registers" some time after being bound; deleting
 * a number or an agent detaches it everywhere). The endpoint classes hold the HTTP side of each
 * resource; tests preload and inspect state here. Every method runs with the simulator's lock held.
 */
public final class SynthflowStore {

    private final String workspaceId;
    private final Clock clock;
    private final IdSource ids;
    private final Duration defaultRegistrationDelay;
    private final boolean defaultProviderImportEnabled;

    private Duration registrationDelay;
    private boolean providerImportEnabled;
    private final Map<String, SynthflowNumber> numbers = new LinkedHashMap<>();
    private final Map<String, SynthflowAssistant> assistants = new LinkedHashMap<>();
    /** When each number was last bound to an inbound agent: the start of the simulated registration. */
    private final Map<String, Instant> boundAt = new LinkedHashMap<>();
    private final Map<String, SynthflowAction> actions = new LinkedHashMap<>();
    private final Map<String, SynthflowCall> calls = new LinkedHashMap<>();

    /**
     * @param workspaceId the workspace the API key is scoped to
     * @param clock the simulator clock
     * @param registrationDelay how long a freshly bound number takes to "register"
     * @param providerImportEnabled whether {@code POST /custom-numbers} is allowed
     * @param ids the id source
     */
    public SynthflowStore(String workspaceId, Clock clock, Duration registrationDelay, boolean providerImportEnabled,
            IdSource ids) {
        this.workspaceId = workspaceId;
        this.clock = clock;
        this.ids = ids;
        this.defaultRegistrationDelay = registrationDelay;
        this.defaultProviderImportEnabled = providerImportEnabled;
        this.registrationDelay = registrationDelay;
        this.providerImportEnabled = providerImportEnabled;
    }

    // ------------------------------------------------------------------ settings

    /** Clears all state and restores the builder's settings. */
    public void reset() {
        numbers.clear();
        assistants.clear();
        boundAt.clear();
        actions.clear();
        calls.clear();
        registrationDelay = defaultRegistrationDelay;
        providerImportEnabled = defaultProviderImportEnabled;
        ids.reset();
    }

    /** @param delay the new registration delay */
    public void registrationDelay(Duration delay) {
        this.registrationDelay = delay;
    }

    /** @return the registration delay */
    public Duration registrationDelay() {
        return registrationDelay;
    }

    /** @param enabled whether provider import is enabled */
    public void providerImportEnabled(boolean enabled) {
        this.providerImportEnabled = enabled;
    }

    /** @return whether provider import is enabled */
    public boolean providerImportEnabled() {
        return providerImportEnabled;
    }

    String workspaceId() {
        return workspaceId;
    }

    Clock clock() {
        return clock;
    }

    IdSource ids() {
        return ids;
    }

    // ------------------------------------------------------------------ numbers

    /**
     * @param number a number to store as if imported
     * @return the stored number, with key and creation time filled in
     */
    public SynthflowNumber addNumber(SynthflowNumber number) {
        SynthflowNumber.Builder stored = number.toBuilder();
        if (number.key().isEmpty()) {
            stored.key(ids.uuid());
        }
        if (number.createdAt().isEmpty()) {
            stored.createdAt(clock.instant());
        }
        SynthflowNumber result = stored.build();
        numbers.put(result.slug(), result);
        return result;
    }

    /** @return the numbers, in import order */
    public List<SynthflowNumber> numbers() {
        return List.copyOf(numbers.values());
    }

    Optional<SynthflowNumber> number(String slug) {
        return Optional.ofNullable(numbers.get(slug));
    }

    void replaceNumber(SynthflowNumber number) {
        numbers.put(number.slug(), number);
    }

    /**
     * Removes a number out of band, as someone in the dashboard would.
     *
     * @param phoneNumber E.164 or a slug
     * @return whether it existed
     */
    public boolean removeNumber(String phoneNumber) {
        return deleteNumber(slugOf(phoneNumber));
    }

    /** Deleting a number detaches it from every agent, as Synthflow documents. */
    boolean deleteNumber(String slug) {
        SynthflowNumber removed = numbers.remove(slug);
        if (removed == null) {
            return false;
        }
        boundAt.remove(slug);
        for (SynthflowAssistant a : List.copyOf(assistants.values())) {
            if (usesNumber(a, slug)) {
                assistants.put(a.modelId().orElseThrow(), withoutPhone(a));
            }
        }
        return true;
    }

    private static SynthflowAssistant withoutPhone(SynthflowAssistant a) {
        SynthflowAssistant.Builder b = SynthflowAssistant.builder(a.name(), a.type())
                .modelId(a.modelId().orElseThrow()).agent(a.agent());
        a.attributes().forEach(b::attribute);
        a.voiceEngineVersion().ifPresent(b::voiceEngineVersion);
        return b.build();
    }

    // ------------------------------------------------------------------ registration

    /**
     * The simulator's stand-in for SIP registration: a number counts as registered once it has
     * been bound to an inbound agent for at least the registration delay.
     *
     * @param phoneNumber E.164 or a slug
     * @return whether it is registered now
     */
    public boolean isRegistered(String phoneNumber) {
        String slug = slugOf(phoneNumber);
        return inboundAssistantOf(slug).isPresent() && registrationElapsed(slug);
    }

    /** Binding a number to an inbound agent (re)starts its registration. */
    void bind(String phone) {
        boundAt.put(slugOf(phone), clock.instant());
    }

    void unbind(String phone) {
        boundAt.remove(slugOf(phone));
    }

    boolean registrationElapsed(String slug) {
        Instant since = boundAt.get(slug);
        return since != null && !clock.instant().isBefore(since.plus(registrationDelay));
    }

    Optional<String> inboundAssistantOf(String slug) {
        return assistants.values().stream()
                .filter(a -> isInbound(a) && usesNumber(a, slug))
                .map(a -> a.modelId().orElseThrow())
                .findFirst();
    }

    /** The inbound agent shows up only once "registered"; outbound agents using the number show at once. */
    List<String> visibleAssistantsOf(String slug) {
        List<String> visible = new ArrayList<>();
        for (SynthflowAssistant a : assistants.values()) {
            if (usesNumber(a, slug) && (!isInbound(a) || registrationElapsed(slug))) {
                visible.add(a.modelId().orElseThrow());
            }
        }
        return visible;
    }

    // ------------------------------------------------------------------ assistants

    /**
     * @param assistant an assistant to store; its number, if any, must exist
     * @return the stored assistant, with its id filled in
     */
    public SynthflowAssistant addAssistant(SynthflowAssistant assistant) {
        SynthflowAssistant.Builder stored = assistant.toBuilder();
        if (assistant.modelId().isEmpty()) {
            stored.modelId(ids.bubbleId(clock));
        }
        SynthflowAssistant result = stored.build();
        result.phoneNumber().ifPresent(phone -> {
            if (!numbers.containsKey(slugOf(phone))) {
                throw new IllegalArgumentException("add the number " + phone + " before an assistant bound to it");
            }
            if (isInbound(result)) {
                bind(phone);
            }
        });
        assistants.put(result.modelId().orElseThrow(), result);
        return result;
    }

    /** @return the assistants, in creation order */
    public List<SynthflowAssistant> assistants() {
        return List.copyOf(assistants.values());
    }

    Optional<SynthflowAssistant> assistant(String modelId) {
        return Optional.ofNullable(assistants.get(modelId));
    }

    void replaceAssistant(SynthflowAssistant assistant) {
        assistants.put(assistant.modelId().orElseThrow(), assistant);
    }

    /**
     * Removes an assistant out of band; its number and actions are freed.
     *
     * @param modelId the agent id
     * @return whether it existed
     */
    public boolean removeAssistant(String modelId) {
        SynthflowAssistant removed = assistants.remove(modelId);
        if (removed == null) {
            return false;
        }
        if (isInbound(removed)) {
            removed.phoneNumber().ifPresent(this::unbind);
        }
        for (SynthflowAction action : List.copyOf(actions.values())) {
            if (action.attachments().containsKey(modelId)) {
                replaceAction(action.toBuilder().detachFrom(modelId).build());
            }
        }
        return true;
    }

    static boolean isInbound(SynthflowAssistant a) {
        return "inbound".equals(a.type());
    }

    private static boolean usesNumber(SynthflowAssistant a, String slug) {
        return a.phoneNumber().map(SynthflowStore::slugOf).filter(slug::equals).isPresent();
    }

    // ------------------------------------------------------------------ actions

    /**
     * @param action an action to store
     * @return the stored action, with its id filled in
     */
    public SynthflowAction addAction(SynthflowAction action) {
        SynthflowAction result = action.actionId().isPresent() ? action
                : action.toBuilder().actionId(ids.uuid()).build();
        replaceAction(result);
        return result;
    }

    /** @return the actions, in creation order */
    public List<SynthflowAction> actions() {
        return List.copyOf(actions.values());
    }

    Optional<SynthflowAction> action(String actionId) {
        return Optional.ofNullable(actions.get(actionId));
    }

    void replaceAction(SynthflowAction action) {
        actions.put(action.actionId().orElseThrow(), action);
    }

    void removeAction(String actionId) {
        actions.remove(actionId);
    }

    // ------------------------------------------------------------------ calls

    /**
     * @param call a call record to store
     * @return the stored call, with its id filled in
     */
    public SynthflowCall addCall(SynthflowCall call) {
        SynthflowCall.Builder stored = SynthflowCall.builder(call.modelId())
                .callId(call.callId().orElseGet(ids::uuid));
        call.fields().forEach(stored::field);
        if (!call.fields().containsKey("start_time")) {
            stored.startTime(clock.instant());
        }
        SynthflowCall result = stored.build();
        calls.put(result.callId().orElseThrow(), result);
        return result;
    }

    /** @return the calls, in insertion order */
    public List<SynthflowCall> calls() {
        return List.copyOf(calls.values());
    }

    Optional<SynthflowCall> call(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    /**
     * @param phone E.164 or a slug
     * @return the slug: the number without its leading {@code +}
     */
    public static String slugOf(String phone) {
        return phone.startsWith("+") ? phone.substring(1) : phone;
    }
}
