package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AssumptionVerdict.Verdict;
import io.trunkline.core.spi.AssumptionVerdict;
import io.trunkline.core.spi.VendorAssumption;
import io.trunkline.synthflow.internal.wire.ActionPage;
import io.trunkline.synthflow.internal.wire.ActionSummary;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link SynthflowAssumptions} against a live workspace with reads only. What no read can
 * tell (registration, transfer routing, credentials) is {@link Verdict#UNKNOWN} with what would tell.
 */
public final class SynthflowPreflight {

    /** Numbers reserved for fiction (NANP 555-01xx): never a workspace's number. */
    private static final List<String> PROBE_NUMBERS = List.of("+12025550199", "+12025550198", "+12025550197");
    private static final int ACTION_PAGE_SIZE = 100;

    private final SynthflowEndpoints api;
    private final NumberLookup numbers;

    /**
     * @param api the Synthflow endpoints
     * @param numbers the number lookup over the same endpoints
     */
    public SynthflowPreflight(SynthflowEndpoints api, NumberLookup numbers) {
        this.api = api;
        this.numbers = numbers;
    }

    /**
     * @param did the integration's DID
     * @param terminationUri the plan's termination URI, may be {@code null}
     * @return one verdict per ledger entry, in ledger order
     */
    public List<AssumptionVerdict> run(PhoneNumber did, String terminationUri) {
        Optional<ActionSummary> transfer = firstLiveTransfer();
        List<AssumptionVerdict> verdicts = new ArrayList<>();
        verdicts.add(readBack(transfer));
        verdicts.add(unknownSlugStatus(did));
        verdicts.add(unknownIdStatus());
        verdicts.add(unknown(SynthflowAssumptions.REGISTRATION_VISIBILITY, "no API shows the SIP REGISTER; place a test call"));
        verdicts.add(unknown(SynthflowAssumptions.TRANSFER_TIMEOUT_UNIT,
                "the API does not state the unit; check the answer timeout in the Synthflow dashboard"));
        verdicts.add(unknown(SynthflowAssumptions.TEL_VIA_TERMINATION_URI, "needs a test call that is transferred"));
        verdicts.add(unknown(SynthflowAssumptions.WARM_WITHOUT_REFER, "needs a warm transfer that a person answers in Aircall"));
        verdicts.add(unknown(SynthflowAssumptions.TRUNK_CREDENTIALS,
                "needs a test call; Synthflow never returns the trunk password"));
        verdicts.add(terminationUri(did, terminationUri));
        verdicts.add(unknown(SynthflowAssumptions.EXECUTED_ACTIONS_SHOW_TRANSFER,
                "needs a test call that is transferred; verify it with VerifyOptions.testCall"));
        return verdicts;
    }

    private AssumptionVerdict readBack(Optional<ActionSummary> transfer) {
        VendorAssumption entry = SynthflowAssumptions.LIVE_TRANSFER_READBACK;
        if (transfer.isEmpty()) {
            return unknown(entry, "the workspace has no LIVE_TRANSFER action to read");
        }
        ActionSummary action = transfer.get();
        boolean echoed = action.parametersHardCoded().containsKey("phone")
                && action.parametersHardCoded().containsKey("transfer_mode");
        String evidence = "LIVE_TRANSFER " + action.actionId() + " has parameters_hard_coded keys "
                + action.parametersHardCoded().keySet();
        return new AssumptionVerdict(entry, echoed ? Verdict.CONFIRMED : Verdict.REFUTED, evidence);
    }

    private Optional<ActionSummary> firstLiveTransfer() {
        int offset = 0;
        while (true) {
            ActionPage page = api.listActions(ACTION_PAGE_SIZE, offset);
            Optional<ActionSummary> found = page.actions().stream()
                    .filter(a -> LiveTransferMatcher.LIVE_TRANSFER.equals(a.actionType())).findFirst();
            offset += page.actions().size();
            Integer total = page.pagination() == null ? null : page.pagination().totalRecords();
            if (found.isPresent() || page.actions().isEmpty() || (total != null ? offset >= total
                    : page.actions().size() < ACTION_PAGE_SIZE)) {
                return found;
            }
        }
    }

    private AssumptionVerdict unknownSlugStatus(PhoneNumber did) {
        VendorAssumption entry = SynthflowAssumptions.UNKNOWN_SLUG_STATUS;
        Optional<PhoneNumber> absent = PROBE_NUMBERS.stream().map(PhoneNumber::parse)
                .filter(n -> !numbers.listed(n)).findFirst();
        if (absent.isEmpty()) {
            return unknown(entry, "every probe number is in the workspace");
        }
        String slug = NumberSlug.of(absent.get().e164());
        try {
            api.getNumber(slug);
            return unknown(entry, "GET /numbers/" + slug + " answered 200 although GET /numbers does not list it");
        } catch (VendorApiException e) {
            String evidence = "GET /numbers/" + slug + " (not in GET /numbers) answered " + e.statusCode();
            return switch (e.statusCode()) {
                case 404 -> new AssumptionVerdict(entry, Verdict.CONFIRMED, evidence);
                case 400 -> new AssumptionVerdict(entry, Verdict.REFUTED, evidence + ", the documented status");
                default -> unknown(entry, evidence);
            };
        }
    }

    /** An id no workspace holds: Synthflow's action ids are UUIDs. */
    private static final String PROBE_ACTION_ID = "00000000-0000-4000-8000-trunkline000";

    private AssumptionVerdict unknownIdStatus() {
        VendorAssumption entry = SynthflowAssumptions.UNKNOWN_ID_STATUS;
        try {
            api.getAction(PROBE_ACTION_ID, false);
            return unknown(entry, "GET /actions/" + PROBE_ACTION_ID + " answered 200");
        } catch (VendorApiException e) {
            String evidence = "GET /actions/" + PROBE_ACTION_ID + " (an id no workspace holds) answered " + e.statusCode();
            return switch (e.statusCode()) {
                case 404 -> new AssumptionVerdict(entry, Verdict.CONFIRMED, evidence);
                case 400 -> new AssumptionVerdict(entry, Verdict.REFUTED, evidence + ", the documented status");
                default -> unknown(entry, evidence);
            };
        }
    }

    private AssumptionVerdict terminationUri(PhoneNumber did, String terminationUri) {
        VendorAssumption entry = SynthflowAssumptions.TERMINATION_URI_STORED_AS_SENT;
        if (terminationUri == null) {
            return unknown(entry, "no termination URI to compare");
        }
        Optional<NumberDetails> number = numbers.find(did);
        if (number.isEmpty() || number.get().sipTermUri() == null) {
            return unknown(entry, did + " is not in the workspace yet; run preflight again after apply");
        }
        String stored = number.get().sipTermUri();
        String evidence = "sip_term_uri of " + did + " is \"" + stored + "\", the plan's termination URI \""
                + terminationUri + "\"";
        // A different value may be a normalisation or plain drift; only an identical one tells.
        return stored.equals(terminationUri) ? new AssumptionVerdict(entry, Verdict.CONFIRMED, evidence)
                : unknown(entry, evidence + ": normalised or drifted; run apply, then preflight again");
    }

    private static AssumptionVerdict unknown(VendorAssumption entry, String evidence) {
        return new AssumptionVerdict(entry, Verdict.UNKNOWN, evidence);
    }
}
