package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.diagnostics.GuidePlans;
import java.time.Duration;
import java.util.List;

/** Live states matching {@link GuidePlans#ipAllowlist()}, for tests to break one value at a time. */
final class LiveStates {

    static final PhoneNumber DID = PhoneNumber.parse(GuidePlans.DID);
    static final PhoneNumber LINE_1234_DID = PhoneNumber.parse("+33987654321");

    private LiveStates() {
    }

    static ContactCenter.LineState line() {
        return new ContactCenter.LineState(4321, "Paris support", DID, true, "Europe/Paris");
    }

    static AgentPlatform.SipNumberState sipNumber() {
        return sipNumber(DID, "sip:aircall-pbx.example.com");
    }

    static AgentPlatform.SipNumberState sipNumber(PhoneNumber did, String terminationUri) {
        return new AgentPlatform.SipNumberState(did, "Paris support", terminationUri, null, null, false, null,
                List.of(GuidePlans.ASSISTANT_ID));
    }

    static AgentPlatform.AssistantState assistant(String engineVersion) {
        return new AgentPlatform.AssistantState(GuidePlans.ASSISTANT_ID, "Receptionist", true, DID, engineVersion, List.of("act-1"));
    }

    static AgentPlatform.TransferActionState warmAction() {
        return new AgentPlatform.TransferActionState("act-1", LINE_1234_DID.e164(), TransferMode.WARM,
                "Transfer when the caller asks to speak to a human agent.", "Let me connect you to a colleague.",
                Duration.ofSeconds(30));
    }

    /** @return everything as planned, registered */
    static LiveState.Builder healthy() {
        return LiveState.builder()
                .line(line())
                .fallbackTeam(new ContactCenter.TeamState(678, "Support", 3))
                .sipNumber(sipNumber())
                .assistant(assistant("2.0"))
                .registration(AgentPlatform.RegistrationStatus.registered("registered"))
                .addTransferAction(warmAction());
    }
}
