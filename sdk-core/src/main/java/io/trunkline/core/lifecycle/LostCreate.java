package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.AmbiguousResourceException;
import io.trunkline.core.spi.AgentPlatform;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the transfer action that a create whose answer was lost made, for planning, verifying and
 * destroying alike. The journal holds an intent with the platform's baseline (what existed before
 * the create) but no id; the platform lists what appeared since, and this class decides: none means
 * the create never happened, one is adopted, several stop with an error naming them. Actions the
 * journal already records for the DID's other transfers are never candidates.
 */
final class LostCreate {

    private LostCreate() {
    }

    /**
     * @param platform the agent platform
     * @param ledger the DID's journal
     * @param key the action's journal key
     * @param spec the action that was being created
     * @return the action the lost create made, if there is one; empty when the journal shows no
     *     create under way with a baseline
     * @throws AmbiguousResourceException when several actions could be it
     */
    static Optional<AgentPlatform.TransferActionState> find(AgentPlatform platform, Ledger ledger, String key, AgentPlatform.TransferActionSpec spec) {
        Optional<String> baseline = ledger.intentBaseline(key);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = ledger.recordedIdsExcept(key);
        List<AgentPlatform.TransferActionState> candidates = platform.transferActionsCreatedSince(spec, baseline.get()).stream()
                .filter(candidate -> !taken.contains(candidate.id())).toList();
        if (candidates.size() > 1) {
            throw new AmbiguousResourceException("transfer action \"" + spec.name() + "\"",
                    candidates.stream().map(AgentPlatform.TransferActionState::id).toList(),
                    "Another process may have created one at the same time. Keep the one attached to assistant "
                            + spec.assistantId() + " (or either, if neither is attached), delete the others in the "
                            + "Synthflow dashboard or with the API, then run apply again");
        }
        return candidates.stream().findFirst();
    }

    /**
     * Finds an action whose id the journal never recorded: through {@link #find} when the journal
     * holds an intent with a baseline, otherwise by natural key, unattached actions included.
     *
     * @param platform the agent platform
     * @param ledger the DID's journal
     * @param key the action's journal key
     * @param spec the action as configured
     * @return the action, if there is one
     */
    static Optional<AgentPlatform.TransferActionState> findOwned(AgentPlatform platform, Ledger ledger, String key, AgentPlatform.TransferActionSpec spec) {
        return ledger.intentBaseline(key).isPresent() ? find(platform, ledger, key, spec)
                : platform.findMatchingTransferAction(spec, AgentPlatform.MatchScope.ATTACHED_OR_UNATTACHED);
    }
}
