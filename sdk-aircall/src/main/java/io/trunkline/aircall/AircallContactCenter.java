package io.trunkline.aircall;

import io.trunkline.aircall.internal.AircallAssumptions;
import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.aircall.internal.AircallPreflight;
import io.trunkline.aircall.internal.NumberDirectory;
import io.trunkline.aircall.internal.Runbook;
import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.aircall.internal.wire.Call;
import io.trunkline.aircall.internal.wire.CallQuery;
import io.trunkline.aircall.internal.wire.SortOrder;
import io.trunkline.aircall.internal.wire.UserSummary;
import io.trunkline.core.ValidIntegration;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.Vendor;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.internal.SnapshotReads;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import io.trunkline.core.spi.VendorAssumption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Aircall as the contact-center side of an integration: reads lines, teams and users through the
 * Aircall REST API and writes the dashboard-only steps (SIP destination, Smartflow, transfer lines)
 * as an exact runbook.
 *
 * <pre>{@code
 * AircallClient client = AircallClient.create(AircallConfig.builder()
 *         .apiId(Secret.of(System.getenv("AIRCALL_API_ID")))
 *         .apiToken(Secret.of(System.getenv("AIRCALL_API_TOKEN")))
 *         .build());
 * AircallContactCenter aircall = AircallContactCenter.create(client);
 *
 * IntegrationEngine engine = IntegrationEngine.builder()
 *         .contactCenter(aircall)
 *         .agentPlatform(synthflow)
 *         .build();
 * ChangePlan plan = engine.plan(integration);
 * System.out.println(plan.render(PlanFormat.MARKDOWN));         // the runbook, no secrets
 * // ...after doing the steps in the Aircall dashboard:
 * engine.confirmManualStep(integration, AircallContactCenter.SIP_DESTINATION_STEP);
 * engine.confirmManualStep(integration, AircallContactCenter.SMARTFLOW_STEP);
 * }</pre>
 *
 * <p><b>Finding a line by DID.</b> Aircall cannot search numbers by DID, so a lookup lists every
 * number ({@code GET /v1/numbers}, 50 per page) and compares each {@code digits} (or
 * {@code e164_digits}) with punctuation removed. The engine reads through a {@link #snapshot()}
 * per plan, verify, destroy or batch: the snapshot lists the numbers once, answers
 * {@link #findLine} from that list too, and reads each team and user once, because Aircall's 120
 * requests per minute are shared by the whole company. Nothing is kept beyond a snapshot, so a line
 * switched to Smartflows or a number bought since is seen by the next plan.
 *
 * <p><b>Confirmations.</b> Aircall offers no API for SIP destinations or Smartflows, so a person
 * confirms each manual step ({@code IntegrationEngine.confirmManualStep}, or a
 * {@code ManualStepConfirmer} during apply). The engine records the step's fingerprint; changing
 * any value (e.g. the forward timeout) makes the confirmation stale. The only related API signal,
 * {@code flow_editor_enabled} on the line, is checked by the engine through {@link #findLineByDid}.
 *
 * <p>Thread-safe. Lookups return {@link Optional#empty()} on 404; other failures throw the
 * {@link io.trunkline.aircall.AircallClient} exceptions.
 */
public final class AircallContactCenter implements ContactCenter {

    /** Id of the manual step that adds the Synthflow SIP destination. */
    public static final String SIP_DESTINATION_STEP = Runbook.SIP_DESTINATION;
    /** Id of the manual step that adds the Forward to External SIP step to the line's Smartflow. */
    public static final String SMARTFLOW_STEP = Runbook.SMARTFLOW;
    /** Id of the manual step that makes the lines Synthflow transfers to ring their team or user. */
    public static final String TRANSFER_LINES_STEP = Runbook.TRANSFER_LINES;
    /** Id of the teardown step that removes the Forward to External SIP step. */
    public static final String REMOVE_FORWARD_STEP = Runbook.REMOVE_FORWARD;
    /** Id of the teardown step that deletes the SIP destination. */
    public static final String REMOVE_SIP_DESTINATION_STEP = Runbook.REMOVE_SIP_DESTINATION;

    private final AircallClient client;
    /** The client's endpoints, which every read goes through. */
    private final AircallEndpoints aircall;
    private final boolean smartflowsAssumedWhenUnreported;
    private final View view;
    /** A snapshot's number list, read once; {@code null} otherwise (the adapter itself lists on every lookup). */
    private final NumberDirectory directory;
    /** A snapshot's reads; {@code null} otherwise. */
    private final SnapshotReads reads;

    /** What an instance is: the adapter, a snapshot of it, or an offline view that reads nothing. */
    private enum View { LIVE, SNAPSHOT, OFFLINE }

    private AircallContactCenter(Builder b) {
        this(Objects.requireNonNull(b.client, "client"), b.smartflowsAssumedWhenUnreported, View.LIVE);
    }

    private AircallContactCenter(AircallClient client, boolean smartflowsAssumedWhenUnreported, View view) {
        this.client = client;
        this.aircall = client.endpoints();
        this.smartflowsAssumedWhenUnreported = smartflowsAssumedWhenUnreported;
        this.view = view;
        this.directory = view == View.SNAPSHOT ? new NumberDirectory(aircall::numbers) : null;
        this.reads = view == View.SNAPSHOT ? new SnapshotReads() : null;
    }

    /**
     * @param client the Aircall client; share one per Aircall company so that its rate limit holds
     * @return the adapter with defaults
     */
    public static AircallContactCenter create(AircallClient client) {
        return builder().client(client).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the line that owns {@code did}, listing the company's numbers (once per snapshot).
     *
     * @param did the DID
     * @return the line, with {@code smartflowManaged} from {@code flow_editor_enabled}
     */
    @Override
    public Optional<ContactCenter.LineState> findLineByDid(PhoneNumber did) {
        Objects.requireNonNull(did, "did");
        return read(() -> numbers().find(did).map(number -> line(number, did)), "did", did.e164());
    }

    /**
     * Finds a line in the listed numbers (the directory {@link #findLineByDid} fills, so a plan reads
     * the numbers once), or reads it ({@code GET /v1/numbers/{id}}) when it was not listed, e.g. bought
     * since.
     *
     * @param lineId the Line ID
     * @return the line, empty on 404
     * @throws VendorConnectionException when the line's {@code digits} are not an international number
     */
    @Override
    public Optional<ContactCenter.LineState> findLine(long lineId) {
        return read(() -> lineRead(lineId), "line", lineId);
    }

    private Optional<ContactCenter.LineState> lineRead(long lineId) {
        return numbers().findById(lineId).or(() -> absentOn404(() -> aircall.number(lineId)))
                .map(number -> line(number, NumberDirectory.e164Of(number)
                .orElseThrow(() -> VendorConnectionException.builder().vendor(Vendor.AIRCALL)
                        .operation("get number " + lineId)
                        .problem("line " + lineId + " has digits \"" + number.digits() + "\", which is not an"
                                + " international number, so Synthflow cannot dial it; check the number in the"
                                + " Aircall dashboard")
                        .build())));
    }

    /**
     * Reads a team ({@code GET /v1/teams/{id}}); its user count is the number of users it embeds.
     *
     * @param teamId the Team ID
     * @return the team, empty on 404
     */
    @Override
    public Optional<ContactCenter.TeamState> findTeam(long teamId) {
        return read(() -> absentOn404(() -> aircall.team(teamId))
                .map(team -> new ContactCenter.TeamState(team.id(), team.name(), team.users().size())), "team", teamId);
    }

    /**
     * Reads a user ({@code GET /v2/users/{id}}).
     *
     * @param userId the User ID
     * @return the user, empty on 404
     */
    @Override
    public Optional<ContactCenter.UserState> findUser(long userId) {
        return read(() -> absentOn404(() -> aircall.user(userId)).map(user -> new ContactCenter.UserState(user.id(), user.name())),
                "user", userId);
    }

    /**
     * The dashboard runbook, in order: {@value #SIP_DESTINATION_STEP}, {@value #SMARTFLOW_STEP}, and
     * {@value #TRANSFER_LINES_STEP} when a transfer targets a team or user. Reads line, team and user
     * names from Aircall; no secret value is included.
     *
     * @param integration the validated integration
     * @return the steps
     */
    @Override
    public List<ManualStep> manualSteps(ValidIntegration integration) {
        return runbook().setup(Objects.requireNonNull(integration, "integration"));
    }

    /**
     * The teardown runbook: {@value #REMOVE_FORWARD_STEP} (so no call is forwarded to a removed
     * destination), then {@value #REMOVE_SIP_DESTINATION_STEP}. Reads nothing: the line is named by its
     * DID and the fallback's team or user by ID, so a destroy spends no Aircall request.
     *
     * @param integration the validated integration being destroyed
     * @return the steps
     */
    @Override
    public List<ManualStep> teardownSteps(ValidIntegration integration) {
        return runbook().teardown(Objects.requireNonNull(integration, "integration"));
    }

    /**
     * A view for one plan, verify, destroy or batch: it lists the numbers once (answering
     * {@link #findLineByDid} and {@link #findLine} from that list) and reads each team and user once.
     * Thread-safe; drop it when the phase ends, so that nothing it read is taken for current later.
     *
     * @return the view
     */
    @Override
    public AircallContactCenter snapshot() {
        return view == View.OFFLINE ? this : new AircallContactCenter(client, smartflowsAssumedWhenUnreported, View.SNAPSHOT);
    }

    /**
     * A view that sends no request: every lookup finds nothing, and the runbook names lines, teams
     * and users by ID, for {@code IntegrationEngine.planOffline}. {@link #preflight} needs the live
     * account and refuses.
     *
     * @return the view
     */
    @Override
    public AircallContactCenter offline() {
        return new AircallContactCenter(client, smartflowsAssumedWhenUnreported, View.OFFLINE);
    }

    /** @return the runbook's source of names: a snapshot (this, or a new one), or this offline view */
    private Runbook runbook() {
        return view == View.LIVE ? new Runbook(snapshot(), false) : new Runbook(this, view == View.OFFLINE);
    }

    /** @return the snapshot's number list, or a new one that lists the numbers for this lookup alone */
    private NumberDirectory numbers() {
        return directory != null ? directory : new NumberDirectory(aircall::numbers);
    }

    /** @return what {@code read} answers: once per snapshot, every time for the adapter, never offline */
    private <T> Optional<T> read(Supplier<Optional<T>> read, Object... key) {
        return switch (view) {
            case LIVE -> read.get();
            case SNAPSHOT -> reads.get(read, key);
            case OFFLINE -> Optional.empty();
        };
    }

    /**
     * Finds the latest inbound call on the DID's line that started between {@code from} and
     * {@code to} ({@code GET /v1/calls}, newest first), e.g. after placing a test call.
     *
     * @param did the integrated DID
     * @param from the earliest start, e.g. just before dialling
     * @param to the latest start
     * @return the call and its outcome, empty when Aircall has none in the window
     * @throws InvalidConfigurationException when {@code did} is not a number of this Aircall company
     */
    public Optional<ObservedCall> findTestCall(PhoneNumber did, Instant from, Instant to) {
        Objects.requireNonNull(did, "did");
        long lineId = findLineByDid(did).map(ContactCenter.LineState::id).orElseThrow(() -> new InvalidConfigurationException(
                did + " is not a number of this Aircall company; check the DID or the API credentials"));
        return inboundCalls(lineId, from, to).findFirst().map(call -> ObservedCall.of(call, lineId));
    }

    /**
     * Finds the newest inbound call on the DID's line that started in the window, as
     * {@link #findTestCall} does ({@code GET /v1/calls?from&to&order=desc}, every page until found).
     * {@code /v1/calls} cannot filter by caller, so the window's caller is not used; a call whose
     * {@code started_at} Aircall omitted cannot be placed in the window and is skipped.
     *
     * @param window the DID and when
     * @return the call, empty when no line owns the DID or it had no inbound call in the window
     */
    @Override
    public Optional<ContactCenter.InboundCall> findInboundCall(CallWindow window) {
        Objects.requireNonNull(window, "window");
        if (view == View.OFFLINE) {
            return Optional.empty();
        }
        return findLineByDid(window.did()).flatMap(line -> inboundCalls(line.id(), window.from(), window.to())
                .filter(call -> call.startedAt() != null).findFirst()
                .map(call -> ObservedCall.of(call, line.id()).toContactCenterCall()));
    }

    /** @return the line's inbound calls started between {@code from} and {@code to}, newest first, read lazily */
    private Stream<Call> inboundCalls(long lineId, Instant from, Instant to) {
        CallQuery query = CallQuery.builder().from(Objects.requireNonNull(from, "from"))
                .to(Objects.requireNonNull(to, "to")).order(SortOrder.DESC).build();
        return aircall.calls(query)
                .filter(call -> call.number() != null && call.number().id() == lineId)
                .filter(call -> call.direction() == null || "inbound".equals(call.direction()));
    }

    private ContactCenter.LineState line(AircallNumber number, PhoneNumber did) {
        boolean smartflows = number.flowEditorEnabled() == null ? smartflowsAssumedWhenUnreported
                : number.flowEditorEnabled();
        return new ContactCenter.LineState(number.id(), number.name(), did, smartflows, number.timeZone());
    }

    private static <T> Optional<T> absentOn404(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    /** @return Aircall's entries of the assumption ledger */
    @Override
    public List<VendorAssumption> assumptions() {
        return AircallAssumptions.all();
    }

    /**
     * Checks the ledger read-only: {@code GET /v1/ping} (the rate-limit headers on an ordinary answer)
     * and {@code GET /v1/numbers} ({@code flow_editor_enabled}). Writes nothing.
     */
    @Override
    public List<AssumptionVerdict> preflight(PhoneNumber did) {
        Objects.requireNonNull(did, "did");
        if (view == View.OFFLINE) {
            throw new IllegalStateException("preflight reads the live Aircall account; an offline view reads nothing");
        }
        return new AircallPreflight(aircall, client.config().http().clock()).run();
    }

    @Override
    public String toString() {
        return "AircallContactCenter[" + client + (view == View.LIVE ? "" : ", " + view.name().toLowerCase(java.util.Locale.ROOT))
                + "]";
    }

    /** Builds {@link AircallContactCenter}s. */
    public static final class Builder {
        private AircallClient client;
        private boolean smartflowsAssumedWhenUnreported;

        private Builder() {
        }

        /**
         * @param client the Aircall client (required)
         * @return this builder
         */
        public Builder client(AircallClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * What to assume when Aircall omits {@code flow_editor_enabled} on a number. The field is
         * documented as optional and its absence is unexplained (unconfirmed), so by default
         * ({@code false}) the line counts as not managed by Smartflows and planning stops with "not
         * managed by Smartflows": a line on the classic editor has no Forward to External SIP step.
         * Set {@code true} when you know your lines use Smartflows and Aircall omits the field.
         *
         * @param assumed whether an unreported line counts as managed by Smartflows (default false)
         * @return this builder
         */
        public Builder smartflowsAssumedWhenUnreported(boolean assumed) {
            this.smartflowsAssumedWhenUnreported = assumed;
            return this;
        }

        /** @return the adapter; nothing is sent until a method is called */
        public AircallContactCenter build() {
            return new AircallContactCenter(this);
        }
    }

    /**
     * What Aircall recorded about a test call on the integrated line ({@code GET /v1/calls}), read by
     * {@link AircallContactCenter#findTestCall}.
     *
     * <p>How Aircall records a call that a Smartflow forwarded to an external SIP destination is not
     * documented (reference: "Unknown / not documented"). Read {@link Outcome#ANSWERED} as "Aircall saw
     * the call answered", which may be by Synthflow or by an agent, and check {@link #party()}.
     *
     * @param id the Aircall call id
     * @param lineId the Line ID the call came in on
     * @param startedAt when the call started, may be {@code null} if Aircall omitted it
     * @param outcome answered, transferred, missed or still in progress
     * @param missedCallReason Aircall's {@code missed_call_reason} (e.g. {@code agents_did_not_answer}),
     *     {@code null} unless missed
     * @param party who answered or received the transfer, by name, {@code null} when unknown
     */
    public record ObservedCall(long id, long lineId, Instant startedAt, Outcome outcome, String missedCallReason,
                               String party) {

        /** How the call ended, as far as Aircall's call record tells. */
        public enum Outcome {
            /** Answered ({@code answered_at} set) and not transferred. */
            ANSWERED,
            /** Transferred ({@code transferred_to} or {@code transferred_by} set). */
            TRANSFERRED,
            /** Ended without being answered; see {@link ObservedCall#missedCallReason()}. */
            MISSED,
            /** Not ended yet. */
            IN_PROGRESS
        }

        /**
         * @param call a call record
         * @param lineId the line it belongs to
         * @return the observation; transfer wins over answer because a transferred call was answered first
         */
        static ObservedCall of(Call call, long lineId) {
            Instant started = call.startedAtInstant().orElse(null);
            if (call.transferredTo() != null || call.transferredBy() != null) {
                return new ObservedCall(call.id(), lineId, started, Outcome.TRANSFERRED, null, name(call.transferredTo()));
            }
            if (call.answeredAt() != null) {
                return new ObservedCall(call.id(), lineId, started, Outcome.ANSWERED, null, name(call.user()));
            }
            if (call.endedAt() != null || "done".equals(call.status())) {
                return new ObservedCall(call.id(), lineId, started, Outcome.MISSED, call.missedCallReason(), null);
            }
            return new ObservedCall(call.id(), lineId, started, Outcome.IN_PROGRESS, null, null);
        }

        /**
         * @return the engine's view of this call: the transfer target by name, when transferred
         * @throws IllegalStateException when Aircall omitted the start time
         */
        ContactCenter.InboundCall toContactCenterCall() {
            if (startedAt == null) {
                throw new IllegalStateException("call " + id + " has no start time");
            }
            ContactCenter.InboundCall.Outcome mapped = switch (outcome) {
                case ANSWERED -> ContactCenter.InboundCall.Outcome.ANSWERED;
                case TRANSFERRED -> ContactCenter.InboundCall.Outcome.TRANSFERRED;
                case MISSED -> ContactCenter.InboundCall.Outcome.MISSED;
                case IN_PROGRESS -> ContactCenter.InboundCall.Outcome.IN_PROGRESS;
            };
            return new ContactCenter.InboundCall(String.valueOf(id), startedAt, mapped, missedCallReason,
                    outcome == Outcome.TRANSFERRED ? party : null);
        }

        private static String name(UserSummary user) {
            return user == null ? null : user.name();
        }
    }
}
