package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.synthflow.internal.wire.Assistant;

/** Reads Synthflow's assistant into the engine's {@link AgentPlatform.AssistantState}. */
public final class AssistantMapping {

    private AssistantMapping() {
    }

    /**
     * The engine version is always {@code null}: Synthflow's API does not document one, so it is
     * confirmed by a manual step. A blank {@code phone_number} means no inbound number is bound.
     *
     * @param assistant the assistant as read with {@code include_actions=true}
     * @return the state
     * @throws VendorConnectionException when {@code phone_number} is set but not E.164
     */
    public static AgentPlatform.AssistantState state(Assistant assistant) {
        String phone = assistant.phoneNumber();
        PhoneNumber inbound = phone == null || phone.isBlank() ? null
                : VendorPhoneNumber.parse(phone, Operation.GET_ASSISTANT, "phone_number of assistant " + assistant.modelId());
        return new AgentPlatform.AssistantState(assistant.modelId(), assistant.name(), "inbound".equals(assistant.type()), inbound,
                null, assistant.actions());
    }
}
