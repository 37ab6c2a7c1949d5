package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.spi.AssistantState;
import io.trunkline.core.spi.LineState;
import io.trunkline.core.spi.RegistrationStatus;
import io.trunkline.core.spi.SipNumberState;
import io.trunkline.core.spi.TeamState;
import io.trunkline.core.spi.TransferActionState;
import io.trunkline.diagnostics.GuidePlans;
import java.time.Duration;
import java.util.List;

/** Live states matching {@link GuidePlans#ipAllowlist()}, for tests to break one value at a time. */
final class LiveStates {

    static final PhoneNumber DID = PhoneNumber.parse(GuidePlans.DID);
    static final PhoneNumber LINE_1234_DID = PhoneNumber.parse("+33987654321");

    private LiveStates() {
    }

    static LineState line() {
        return new LineState(4321, "Paris support", DID, true, "Europe/Paris");
    }

    static SipNumberState sipNumber() {
        return sipNumber(DID, "sip:aircall-pbx.example.com");
    }

    static SipNumberState sipNumber(PhoneNumber did, String terminationUri) {
        return new SipNumberState(did, "Paris support", terminationUri, null, null, false, null,
                List.of(GuidePlans.ASSISTANT_ID));
    }

    static AssistantState assistant(String engineVersion) {
        return new AssistantState(GuidePlans.ASSISTANT_ID, "Receptionist", true, DID, engineVersion, List.of("act-1"));
    }

    static TransferActionState warmAction() {
        return new TransferActionState("act-1", LINE_1234_DID.e164(), TransferMode.WARM,
                "Transfer when the caller asks to speak to a human agent.", "Let me connect you to a colleague.",
                Duration.ofSeconds(30));
    }

    /** @return everything as planned, registered */
    static LiveState.Builder healthy() {
        return LiveState.builder()
                .line(line())
                .fallbackTeam(new TeamState(678, "Support", 3))
                .sipNumber(sipNumber())
                .assistant(assistant("2.0"))
                .registration(RegistrationStatus.registered("registered"))
                .addTransferAction(warmAction());
    }
}
