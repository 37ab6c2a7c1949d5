package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import io.trunkline.testkit.internal.IdSource;
import io.trunkline.testkit.internal.SimulatorServer;
import io.trunkline.testkit.internal.synthflow.SynthflowApi;
import io.trunkline.testkit.internal.synthflow.SynthflowStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An in-process, stateful simulation of the Synthflow v2 REST API on a random loopback port.
 *
 * <p>Served endpoints (under {@link #baseUrl()}, which ends in {@code /v2}): {@code POST /custom-numbers};
 * {@code GET /numbers}; {@code GET|PATCH|DELETE /numbers/{slug}} ({@code GET} answers the
 * <em>flat</em>, unwrapped object); {@code POST /assistants}; {@code GET /assistants/} (also
 * without the slash); {@code GET|PUT|DELETE /assistants/{model_id}} ({@code GET} wraps the agent
 * in a {@code response.assistants} array); {@code GET|POST /actions};
 * {@code GET|PUT|DELETE /actions/{action_id}}; {@code POST /actions/attach|detach};
 * {@code GET /calls} ({@code model_id} required) and {@code GET /calls/{call_id}}. Bodies use
 * the vendor's {@code {"status":"ok","response":...}} envelope, {@code limit}/{@code offset}
 * pagination and its validation rules; errors use the three documented body shapes. Any other
 * path answers 404 {@code {"error":"not_found","message":"No route matched"}}.
 *
 * <p>Authentication: every request needs {@code Authorization: Bearer <apiKey()>}, otherwise
 * 401 {@code {"detail": ...}}. A {@code workspace}/{@code workspace_id} other than
 * {@link #workspaceId()} gets 403, the answer Synthflow gives to a key not scoped to a workspace.
 *
 * <p><strong>Profiles.</strong> By default the simulator grants only what Synthflow documents
 * ({@link VendorProfile#DOCUMENTED_ONLY}): an unknown number slug answers 400, a
 * {@code LIVE_TRANSFER}'s settings are not readable back, undeclared body fields are refused, and
 * an assistant bound to a number shows in its {@code assistants} at once.
 * {@link VendorProfile#LEDGER_ASSUMPTIONS} grants what Trunkline's assumption ledger assumes.
 *
 * <p><strong>Attachment delay (ledger profile only).</strong> Synthflow exposes no
 * registration-status endpoint; its guide says the SIP trunk is created when the number is attached
 * to the assistant and takes 1–2 minutes to register. Under {@link VendorProfile#LEDGER_ASSUMPTIONS}
 * the simulator can make the attachment lag: after a number is bound to an <em>inbound</em> agent,
 * {@code GET /numbers/{slug}} keeps answering {@code "is_available": true} and
 * {@code "assistants": []} (and {@code GET /numbers?is_available=} filters accordingly) until
 * {@link #registrationDelay(Duration)} has elapsed on the simulator's clock. The default delay is
 * zero, and it is the only one the documented-only profile allows.
 *
 * <p>Simulator choices where the vendor documentation is silent: importing a number that
 * already exists is a 400; a Bearer key is either this simulator's key or invalid (401);
 * {@code voice_engine_version} is kept as metadata and never returned (see {@link SynthflowAssistant}).
 *
 * <pre>{@code
 * try (SynthflowSimulator synthflow = SynthflowSimulator.builder()
 *         .clock(clock).registrationDelay(Duration.ofSeconds(90)).build()) {
 *     client = SynthflowClient.builder().baseUrl(synthflow.baseUrl()).apiKey(synthflow.apiKey()).build();
 *     ...
 *     assertThat(synthflow.numbers()).hasSize(1);
 * }
 * }</pre>
 */
public final class SynthflowSimulator implements VendorSimulator {

    private final Secret apiKey;
    private final String workspaceId;
    private final Clock clock;
    private final SynthflowStore store;
    private final SimulatorServer server;
    private final VendorProfile profile;

    private SynthflowSimulator(Builder b) {
        IdSource ids = new IdSource(b.seed);
        this.clock = b.clock;
        this.apiKey = b.apiKey != null ? b.apiKey : Secret.of("sf-sim-" + ids.token(32));
        this.workspaceId = b.workspaceId != null ? b.workspaceId : ids.bubbleId(clock);
        this.profile = b.profile;
        requireDelayAllowed(profile, b.registrationDelay);
        this.store = new SynthflowStore(workspaceId, clock, b.registrationDelay, b.providerImportEnabled,
                new IdSource(b.seed + 1));
        this.server = new SimulatorServer("trunkline-synthflow-simulator", new SynthflowApi(apiKey, store, profile),
                b.port);
    }

    /** @return a builder with generated credentials, the system UTC clock and no registration delay */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API base URL including {@code /v2}, e.g. {@code http://127.0.0.1:53817/v2} (no trailing slash) */
    @Override
    public String baseUrl() {
        return server.rootUrl() + "/v2";
    }

    /** @return the server root, e.g. {@code http://127.0.0.1:53817} */
    public String rootUrl() {
        return server.rootUrl();
    }

    /** @return the only API key the simulator accepts */
    public Secret apiKey() {
        return apiKey;
    }

    /** @return the workspace the key is scoped to ({@code workspace} / {@code workspace_id}) */
    public String workspaceId() {
        return workspaceId;
    }

    /** @return what the simulator grants beyond Synthflow's documentation */
    public VendorProfile profile() {
        return profile;
    }

    /** @return the clock that drives registration and timestamps */
    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * Sets how long a number stays unregistered after it is bound to an inbound agent (see the
     * class comment). Applies to bindings already made, too: the delay is measured from the bind time.
     *
     * @param delay not negative; {@code Duration.ZERO} registers at once
     * @return this simulator
     */
    public SynthflowSimulator registrationDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        requireDelayAllowed(profile, delay);
        server.locked(() -> {
            store.registrationDelay(delay);
            return null;
        });
        return this;
    }

    /**
     * Switches the workspace's provider import on or off. When off, {@code POST /custom-numbers}
     * answers 403 {@code {"detail":"provider import is not enabled for this workspace"}}, as Synthflow
     * does until its support enables the feature.
     *
     * @param enabled whether numbers can be imported
     * @return this simulator
     */
    public SynthflowSimulator providerImportEnabled(boolean enabled) {
        server.locked(() -> {
            store.providerImportEnabled(enabled);
            return null;
        });
        return this;
    }

    /**
     * Preloads a number as if it had been imported. Validation is not applied, so a test can
     * create states the API would refuse.
     *
     * @param number the number
     * @return the stored number, with {@code key} and {@code created_at} filled in
     */
    public SynthflowNumber addNumber(SynthflowNumber number) {
        Objects.requireNonNull(number, "number");
        return server.locked(() -> store.addNumber(number));
    }

    /**
     * Preloads an agent. If it is inbound and bound to a number, its registration starts now.
     *
     * @param assistant the agent; its number, if any, must have been added first
     * @return the stored agent, with {@code model_id} filled in
     */
    public SynthflowAssistant addAssistant(SynthflowAssistant assistant) {
        Objects.requireNonNull(assistant, "assistant");
        return server.locked(() -> store.addAssistant(assistant));
    }

    /**
     * Preloads an action.
     *
     * @param action the action
     * @return the stored action, with {@code action_id} filled in
     */
    public SynthflowAction addAction(SynthflowAction action) {
        Objects.requireNonNull(action, "action");
        return server.locked(() -> store.addAction(action));
    }

    /**
     * Adds a call record, e.g. the outcome of a test call through Aircall.
     *
     * @param call the call
     * @return the stored call, with {@code call_id} and {@code start_time} filled in
     */
    public SynthflowCall addCall(SynthflowCall call) {
        Objects.requireNonNull(call, "call");
        return server.locked(() -> store.addCall(call));
    }

    /** @return the numbers, in import order */
    public List<SynthflowNumber> numbers() {
        return server.locked(store::numbers);
    }

    /**
     * @param phoneNumber E.164 or slug
     * @return the number, if it exists
     */
    public Optional<SynthflowNumber> number(String phoneNumber) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        String slug = SynthflowStore.slugOf(phoneNumber);
        return numbers().stream().filter(n -> n.slug().equals(slug)).findFirst();
    }

    /** @return the agents, in creation order */
    public List<SynthflowAssistant> assistants() {
        return server.locked(store::assistants);
    }

    /**
     * @param modelId the agent id
     * @return the agent, if it exists
     */
    public Optional<SynthflowAssistant> assistant(String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        return assistants().stream().filter(a -> a.modelId().orElseThrow().equals(modelId)).findFirst();
    }

    /** @return the actions, in creation order */
    public List<SynthflowAction> actions() {
        return server.locked(store::actions);
    }

    /**
     * @param actionId the action id
     * @return the action, if it exists
     */
    public Optional<SynthflowAction> action(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        return actions().stream().filter(a -> a.actionId().orElseThrow().equals(actionId)).findFirst();
    }

    /** @return the call records, in insertion order */
    public List<SynthflowCall> calls() {
        return server.locked(store::calls);
    }

    /**
     * Deletes a number behind the client's back (the "disappears" scenario); it is detached from its agents.
     *
     * @param phoneNumber E.164 or slug
     * @return whether it existed
     */
    public boolean removeNumber(String phoneNumber) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        return server.locked(() -> store.removeNumber(phoneNumber));
    }

    /**
     * Deletes an agent behind the client's back; its number and actions are freed.
     *
     * @param modelId the agent id
     * @return whether it existed
     */
    public boolean removeAssistant(String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        return server.locked(() -> store.removeAssistant(modelId));
    }

    /**
     * Tells whether the simulator's registration stand-in considers a number registered: bound to
     * an inbound agent for at least the registration delay.
     *
     * @param phoneNumber E.164 or slug
     * @return whether {@code GET /numbers/{slug}} shows it as taken
     */
    public boolean isRegistered(String phoneNumber) {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        return server.locked(() -> store.isRegistered(phoneNumber));
    }

    /** @return the fault schedule */
    @Override
    public FaultInjection faults() {
        return server.faults();
    }

    /**
     * @param filter which requests to keep
     * @return the matching requests, oldest first
     */
    @Override
    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        Objects.requireNonNull(filter, "filter");
        return server.requests(filter);
    }

    /**
     * Clears all state, the request journal and scheduled faults, and restores the builder's
     * settings (registration delay, provider import). Credentials, port and clock stay.
     */
    @Override
    public void reset() {
        server.locked(() -> {
            store.reset();
            server.clearJournalAndFaults();
            return null;
        });
    }

    private static void requireDelayAllowed(VendorProfile profile, Duration delay) {
        if (profile.documentedOnly() && !delay.isZero()) {
            throw new IllegalStateException("a registration delay of " + delay + " is not documented by Synthflow: "
                    + "its API shows an assistant in the number's assistants as soon as it is bound. Use "
                    + "VendorProfile.LEDGER_ASSUMPTIONS to simulate a lagging attachment");
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "SynthflowSimulator[" + baseUrl() + ", workspace " + workspaceId + "]";
    }

    /** Configures and starts a {@link SynthflowSimulator}. */
    public static final class Builder {
        private Secret apiKey;
        private String workspaceId;
        private Clock clock = Clock.systemUTC();
        private Duration registrationDelay = Duration.ZERO;
        private boolean providerImportEnabled = true;
        private int port;
        private long seed = 7L;
        private VendorProfile profile = VendorProfile.DOCUMENTED_ONLY;

        private Builder() {
        }

        /**
         * @param apiKey the only key the simulator accepts as {@code Authorization: Bearer}; left unset,
         *     {@code sf-sim-} and 32 characters generated from the {@linkplain #seed(long) seed}
         * @return this builder
         */
        public Builder apiKey(Secret apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * @param workspaceId the workspace the key is scoped to: requests naming another
         *     {@code workspace}/{@code workspace_id} get 403; left unset, an id in Synthflow's format
         *     generated from the {@linkplain #seed(long) seed} and the clock
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
            return this;
        }

        /**
         * @param clock drives registration and timestamps; default the system UTC clock. Pass a
         *     {@link SimulatorClock} to control time in tests.
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param delay how long, on the simulator clock, a number bound to an inbound agent keeps
         *     showing as unattached (see the class comment); zero or more, default zero; anything
         *     above zero needs {@link VendorProfile#LEDGER_ASSUMPTIONS}
         * @return this builder
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Builder registrationDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
            this.registrationDelay = delay;
            return this;
        }

        /**
         * @param profile what to grant beyond Synthflow's documentation; default
         *     {@link VendorProfile#DOCUMENTED_ONLY}
         * @return this builder
         */
        public Builder profile(VendorProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * @param enabled whether the workspace may import numbers; default true; when false,
         *     {@code POST /v2/custom-numbers} answers 403, as Synthflow does when provider import is not
         *     enabled
         * @return this builder
         */
        public Builder providerImportEnabled(boolean enabled) {
            this.providerImportEnabled = enabled;
            return this;
        }

        /**
         * @param port the loopback port to listen on; default 0, any free port (tests in parallel
         *     never collide). Give one to reach the simulator from another process.
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param seed seeds the generated credentials and ids, so runs repeat; default a fixed seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the simulator, already listening */
        public SynthflowSimulator build() {
            return new SynthflowSimulator(this);
        }
    }
}
