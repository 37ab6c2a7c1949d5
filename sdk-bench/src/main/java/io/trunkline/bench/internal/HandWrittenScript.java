package io.trunkline.bench.internal;

import io.trunkline.aircall.internal.AircallEndpoints;
import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.aircall.internal.wire.Team;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ResourceNotFoundException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.synthflow.internal.SynthflowEndpoints;
import io.trunkline.synthflow.internal.wire.ActionDetails;
import io.trunkline.synthflow.internal.wire.Assistant;
import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import io.trunkline.synthflow.internal.wire.ProviderName;
import io.trunkline.synthflow.internal.wire.TransferMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The baseline for the call-economy benchmark: what a careful person would script by hand with the
 * two vendor clients to do the same work as Trunkline for one integration with one transfer target,
 * with as few requests as that allows. "Careful" means it checks before it creates (neither vendor
 * has idempotency keys, so a blind re-run would duplicate numbers and actions), it checks the
 * Aircall side the integration depends on (the line is on Smartflows, the transfer team exists and
 * has users, the transfer line's number), and it remembers what it created (like a state file) so a
 * re-run and a teardown touch only that.
 *
 * <p>It relies only on what the vendors document, as the simulators' default
 * {@code DOCUMENTED_ONLY} profile grants: an unknown number slug answers 400, confirmed absent by the
 * number list; a transfer action is known by the id the script remembers, because nothing documented
 * tells which action dials which number. It does not survive a crash between a create and its memory
 * update (Trunkline's journal does, at the price of the action list it reads before each action create).
 *
 * <p>The request sequence is documented on each method and in {@code docs/performance.md}.
 */
public final class HandWrittenScript {

    /** What the script remembers between runs, like a small state file. */
    public static final class Memory {
        private boolean numberImported;
        private String actionId;
    }

    private static final int NUMBER_PAGE = 100;

    private final SynthflowEndpoints synthflow;
    private final AircallEndpoints aircall;
    private final Memory memory;

    /**
     * @param synthflow the Synthflow endpoints
     * @param aircall the Aircall endpoints
     * @param memory what earlier runs recorded
     */
    public HandWrittenScript(SynthflowEndpoints synthflow, AircallEndpoints aircall, Memory memory) {
        this.synthflow = Objects.requireNonNull(synthflow, "synthflow");
        this.aircall = Objects.requireNonNull(aircall, "aircall");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /** Live state as the script sees it; absent resources are {@code null}. */
    private record Observed(AircallNumber line, AircallNumber transferLine, Team team, NumberDetails number,
                            Assistant assistant, String actionId) {
    }

    /**
     * Reads what the integration depends on, one request per resource: Aircall {@code GET /v1/numbers}
     * (pages until both the integrated line and the transfer line are seen: one page for a company
     * with up to 50 numbers), {@code GET /v1/teams/{id}}; Synthflow {@code GET /numbers/{slug}} (plus
     * {@code GET /numbers} when it answers 400, see {@link #number}), {@code GET
     * /assistants/{id}?include_actions=true}, and {@code GET /actions/{id}} for the remembered transfer
     * action. The action list is not read: Synthflow documents no {@code LIVE_TRANSFER} settings in it
     * (the documented {@code parameters_hard_coded} example is an SMS text), so it cannot tell which
     * action dials the transfer line; the script knows its action by the id it remembers.
     */
    private Observed observe(IntegrationPlan plan) {
        TransferTarget target = plan.transferTargets().get(0);
        long transferLineId = target.lineToDial().orElseThrow();
        String did = plan.phoneNumber().e164();
        AircallNumber line = null;
        AircallNumber transferLine = null;
        try (Stream<AircallNumber> numbers = aircall.numbers()) {
            Iterator<AircallNumber> it = numbers.iterator();
            while (it.hasNext() && (line == null || transferLine == null)) {
                AircallNumber n = it.next();
                if (did.equals(e164(n.digits()))) {
                    line = n;
                }
                if (n.id() == transferLineId) {
                    transferLine = n;
                }
            }
        }
        Team team = target.kind() == TransferTarget.Kind.TEAM ? absentOn404(() -> aircall.team(target.id())) : null;
        NumberDetails number = number(did);
        Assistant assistant = absentOn404(() -> synthflow.getAssistant(plan.assistant().orElseThrow().id(), true));
        String actionId = memory.actionId == null ? null
                : Optional.ofNullable(absentOn404(() -> synthflow.getAction(memory.actionId, false)))
                        .map(ActionDetails::actionId).orElse(null);
        return new Observed(line, transferLine, team, number, assistant, actionId);
    }

    /**
     * {@code GET /numbers/{slug}}, the lookup Synthflow's docs give for one DID. Its OpenAPI documents
     * only 200 and 400 for it, and a 400 may also mean a malformed request, so a 400 (or 404) is
     * taken as "not imported" only when the documented {@code GET /numbers}, read page by page, does
     * not list the DID either.
     */
    private NumberDetails number(String did) {
        try {
            return synthflow.getNumber(NumberSlug.of(did));
        } catch (VendorApiException e) {
            boolean answeredNotFound = e instanceof ResourceNotFoundException || e.statusCode() == 400;
            if (!answeredNotFound || listed(did)) {
                throw e;
            }
            return null;
        }
    }

    private boolean listed(String did) {
        int offset = 0;
        while (true) {
            NumberPage page = synthflow.listNumbers(NUMBER_PAGE, offset);
            if (page.phoneNumbers().stream().anyMatch(n -> did.equals(e164(n.number())))) {
                return true;
            }
            offset += page.phoneNumbers().size();
            Integer total = page.pagination() == null ? null : page.pagination().totalRecords();
            if (page.phoneNumbers().isEmpty() || total == null || offset >= total) {
                return false;
            }
        }
    }

    /**
     * Creates or fixes what is missing or different, after {@link #observe}: {@code POST
     * /custom-numbers} (or {@code PATCH /numbers/{slug}} when fields differ), {@code PUT
     * /assistants/{id}} with the phone number, {@code POST /actions} ({@code LIVE_TRANSFER}),
     * {@code POST /actions/attach}. Nothing is written when everything is in place.
     *
     * @param plan the integration
     * @return the problems that stop the script (unknown line, team without users...), empty when it ran
     */
    public List<String> converge(IntegrationPlan plan) {
        Observed live = observe(plan);
        List<String> problems = preconditions(live, plan);
        if (!problems.isEmpty()) {
            return problems;
        }
        SipNumber sip = plan.sipNumber().orElseThrow();
        String did = plan.phoneNumber().e164();
        if (live.number() == null) {
            synthflow.importCustomNumber(CustomNumberImport.builder().phoneNumber(did)
                    .providerName(ProviderName.CUSTOM).terminationUri(sip.terminationUri())
                    .friendlyName(sip.friendlyName()).build());
            memory.numberImported = true;
        } else if (!numberDrift(live.number(), sip).isEmpty()) {
            synthflow.updateNumber(live.number().slug(), NumberUpdate.builder().sipTermUri(sip.terminationUri())
                    .friendlyName(sip.friendlyName()).build());
        }
        if (!did.equals(live.assistant().phoneNumber())) {
            synthflow.updateAssistant(live.assistant().modelId(), AssistantUpdate.phoneNumber(did));
        }
        String actionId = live.actionId();
        if (actionId == null) {
            actionId = synthflow.createAction(transfer(plan.transferTargets().get(0), live.transferLine())).actionId();
            memory.actionId = actionId;
        }
        if (!live.assistant().actions().contains(actionId)) {
            synthflow.attachActions(live.assistant().modelId(), List.of(actionId));
        }
        return List.of();
    }

    /**
     * Reads everything back ({@link #observe} only) and lists what is not as planned, including the
     * registration signal (the number lists the assistant).
     *
     * @param plan the integration
     * @return the failed checks, empty when all pass
     */
    public List<String> verify(IntegrationPlan plan) {
        Observed live = observe(plan);
        List<String> failed = new ArrayList<>(preconditions(live, plan));
        if (live.number() == null) {
            failed.add("number missing");
        } else {
            failed.addAll(numberDrift(live.number(), plan.sipNumber().orElseThrow()));
            if (!live.number().assistants().contains(plan.assistant().orElseThrow().id())) {
                failed.add("not registered");
            }
        }
        if (live.assistant() != null && !plan.phoneNumber().e164().equals(live.assistant().phoneNumber())) {
            failed.add("assistant not bound");
        }
        if (live.actionId() == null) {
            failed.add("transfer action missing");
        } else if (live.assistant() != null && !live.assistant().actions().contains(live.actionId())) {
            failed.add("transfer action not attached");
        }
        return failed;
    }

    /**
     * Detects drift: the same reads as {@link #verify}, reporting differences.
     *
     * @param plan the integration
     * @return the differences, empty when live state matches the plan
     */
    public List<String> driftCheck(IntegrationPlan plan) {
        return verify(plan);
    }

    /**
     * Removes what the script created: {@code GET /assistants/{id}?include_actions=true} to see
     * whether the action is attached, {@code POST /actions/detach}, {@code DELETE /actions/{id}},
     * {@code DELETE /numbers/{slug}} (which also unbinds the assistant). A 404 on a delete counts
     * as done, so no read is needed before the deletes.
     *
     * @param plan the integration
     */
    public void destroy(IntegrationPlan plan) {
        String assistantId = plan.assistant().orElseThrow().id();
        if (memory.actionId != null) {
            Assistant assistant = absentOn404(() -> synthflow.getAssistant(assistantId, true));
            if (assistant != null && assistant.actions().contains(memory.actionId)) {
                synthflow.detachActions(assistantId, List.of(memory.actionId));
            }
            ignore404(() -> synthflow.deleteAction(memory.actionId));
            memory.actionId = null;
        }
        if (memory.numberImported) {
            ignore404(() -> synthflow.deleteNumber(NumberSlug.of(plan.phoneNumber().e164())));
            memory.numberImported = false;
        }
    }

    private static List<String> preconditions(Observed live, IntegrationPlan plan) {
        List<String> problems = new ArrayList<>();
        if (live.line() == null || !Boolean.TRUE.equals(live.line().flowEditorEnabled())) {
            problems.add(plan.phoneNumber() + " is not a Smartflows line of this company");
        }
        if (live.transferLine() == null) {
            problems.add("the transfer line does not exist");
        }
        if (plan.transferTargets().get(0).kind() == TransferTarget.Kind.TEAM
                && (live.team() == null || live.team().users().isEmpty())) {
            problems.add("the transfer team does not exist or has no users");
        }
        if (live.assistant() == null || !"inbound".equals(live.assistant().type())) {
            problems.add("the assistant does not exist or is not inbound");
        }
        return problems;
    }

    private static List<String> numberDrift(NumberDetails number, SipNumber sip) {
        List<String> drift = new ArrayList<>();
        if (!Objects.equals(number.sipTermUri(), sip.terminationUri())) {
            drift.add("termination URI differs");
        }
        if (sip.friendlyName() != null && !sip.friendlyName().equals(number.friendlyName())) {
            drift.add("friendly name differs");
        }
        return drift;
    }

    private static LiveTransferConfig transfer(TransferTarget target, AircallNumber line) {
        return LiveTransferConfig.builder().phone(e164(line.digits()))
                .transferMode(target.mode() == io.trunkline.core.model.TransferMode.WARM_WITH_CONTEXT
                        ? TransferMode.WARM_TRANSFER_WITH_CONTEXT : TransferMode.WARM_TRANSFER)
                .instructions(target.instructions()).initiatingMsg(target.initiatingMessage())
                .timeout(Math.toIntExact(target.timeout().toSeconds())).build();
    }

    private static String e164(String digits) {
        return digits == null ? null : digits.replaceAll("[^0-9+]", "");
    }

    private static <T> T absentOn404(Supplier<T> read) {
        try {
            return read.get();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    private static void ignore404(Runnable delete) {
        try {
            delete.run();
        } catch (ResourceNotFoundException alreadyGone) {
            // the end state a teardown wants
        }
    }

    /** @return whether the script imported the number and remembers an action, for sanity checks */
    Optional<String> rememberedActionId() {
        return Optional.ofNullable(memory.actionId);
    }
}
