package io.trunkline.synthflow.internal;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.synthflow.internal.wire.ActionSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Trunkline reads a {@code LIVE_TRANSFER} action's configuration back, and how it recognises
 * the action that matches a desired transfer when no id was recorded.
 *
 * <p><strong>This is an inference, unconfirmed by Synthflow, and this class is the only place that
 * makes it.</strong> Synthflow's {@code LIVE_TRANSFER} create body has no name field, and the
 * documented action object ({@code GET /actions}, {@code GET /actions/{id}}) exposes only
 * {@code action_id, action_type, name, description, parameters_hard_coded}, where the documented
 * example of {@code parameters_hard_coded} is an SMS action's {@code sms_message_text}. Trunkline
 * assumes that for a {@code LIVE_TRANSFER} it holds the hard-coded parameters under the names of the
 * create body: {@code phone}, {@code transfer_mode}, {@code instructions}, {@code initiating_msg},
 * {@code timeout}. A key that is absent reads as {@code null}, which the engine treats as "not
 * readable" and never reports as drift.
 *
 * <p>The matching rule: an action matches a desired transfer when its {@code action_type} is
 * {@code LIVE_TRANSFER}, its readable {@code phone} is the same number (compared in E.164), and every
 * other field that is readable on both sides is equal. So two transfers that dial the same Aircall
 * line are told apart by their instructions, when Synthflow returns them. Among the matches, only an
 * action attached to the integration's own assistant, or to no assistant at all, is adopted: actions
 * are workspace-wide, and another integration may transfer to the same line with the same words.
 * When the phone is not readable, nothing matches and the engine creates a new action.
 */
public final class LiveTransferMatcher {

    /** The {@code action_type} of a live transfer. */
    public static final String LIVE_TRANSFER = "LIVE_TRANSFER";

    private static final Logger LOG = LoggerFactory.getLogger(LiveTransferMatcher.class);

    private LiveTransferMatcher() {
    }

    /**
     * Reads what an action's {@code parameters_hard_coded} reveals.
     *
     * @param actionId the action id
     * @param parametersHardCoded the action's {@code parameters_hard_coded}, possibly empty
     * @return the state; unreadable fields are {@code null}
     */
    public static AgentPlatform.TransferActionState state(String actionId, Map<String, Object> parametersHardCoded) {
        return new AgentPlatform.TransferActionState(actionId,
                text(parametersHardCoded.get("phone")),
                TransferActionMapping.domainMode(text(parametersHardCoded.get("transfer_mode"))),
                text(parametersHardCoded.get("instructions")),
                text(parametersHardCoded.get("initiating_msg")),
                seconds(parametersHardCoded.get("timeout")));
    }

    /**
     * Every action whose readable configuration matches {@code spec}, by the rule in the class
     * comment, in listing order. The caller narrows them down by assistant.
     *
     * @param actions every action of the workspace, in listing order
     * @param spec the desired transfer
     * @return the candidates, possibly none
     */
    public static List<AgentPlatform.TransferActionState> candidates(List<ActionSummary> actions, AgentPlatform.TransferActionSpec spec) {
        return actions.stream()
                .filter(a -> LIVE_TRANSFER.equals(a.actionType()))
                .map(a -> state(a.actionId(), a.parametersHardCoded()))
                .filter(state -> matches(state, spec))
                .toList();
    }

    /**
     * Picks, among candidates, the action attached to the spec's assistant, else — when
     * {@code adoptUnattached} — one attached to no assistant (a create whose attach never happened).
     * An action attached only to other assistants belongs to another integration that transfers to
     * the same line and is never adopted.
     *
     * @param candidates the config-matching actions, in listing order
     * @param assistantsOf the ids of the assistants each candidate is attached to
     * @param spec the desired transfer
     * @param adoptUnattached whether an action attached to no assistant may be adopted
     * @return the action to adopt, if any
     */
    public static Optional<AgentPlatform.TransferActionState> pick(List<AgentPlatform.TransferActionState> candidates,
                                                     java.util.function.Function<String, List<String>> assistantsOf,
                                                     AgentPlatform.TransferActionSpec spec, boolean adoptUnattached) {
        AgentPlatform.TransferActionState unattached = null;
        for (AgentPlatform.TransferActionState candidate : candidates) {
            List<String> assistants = assistantsOf.apply(candidate.id());
            if (assistants.contains(spec.assistantId())) {
                return Optional.of(candidate);
            }
            if (adoptUnattached && assistants.isEmpty() && unattached == null) {
                unattached = candidate;
            }
        }
        if (unattached != null) {
            LOG.debug("adopting unattached LIVE_TRANSFER {} for \"{}\"", unattached.id(), spec.name());
        }
        return Optional.ofNullable(unattached);
    }

    /**
     * @param live an action as read back
     * @param spec the desired transfer
     * @return whether it dials the same number and agrees on every field readable on both sides
     */
    public static boolean matches(AgentPlatform.TransferActionState live, AgentPlatform.TransferActionSpec spec) {
        if (live.phone() == null || PhoneNumber.problemWith(live.phone()) != null
                || !PhoneNumber.parse(live.phone()).equals(spec.phone())) {
            return false;
        }
        return comparable(live.mode(), spec.mode())
                && comparable(live.instructions(), spec.instructions())
                && comparable(live.initiatingMessage(), spec.initiatingMessage())
                && comparable(live.timeout() == null ? null : live.timeout().toSeconds(),
                        spec.timeout() == null ? null : spec.timeout().toSeconds());
    }

    private static boolean comparable(Object live, Object desired) {
        return live == null || desired == null || Objects.equals(live, desired);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static Duration seconds(Object value) {
        if (value instanceof Number n) {
            return Duration.ofSeconds(n.longValue());
        }
        if (value instanceof String s && s.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        return null;
    }
}
