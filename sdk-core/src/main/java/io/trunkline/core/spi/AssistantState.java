package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * An assistant (voice agent) as read from the agent platform.
 *
 * @param id the assistant id
 * @param name its name
 * @param inbound whether it answers inbound calls
 * @param inboundNumber the number bound for inbound calls, or {@code null}
 * @param engineVersion the engine version when the platform exposes it, or {@code null}
 * @param actionIds the ids of the actions attached to it
 */
public record AssistantState(String id, String name, boolean inbound, PhoneNumber inboundNumber, String engineVersion,
                             List<String> actionIds) {

    /** Copies the list. */
    public AssistantState {
        actionIds = List.copyOf(actionIds);
    }

    /** @return the inbound number, when bound */
    public Optional<PhoneNumber> boundNumber() {
        return Optional.ofNullable(inboundNumber);
    }
}
