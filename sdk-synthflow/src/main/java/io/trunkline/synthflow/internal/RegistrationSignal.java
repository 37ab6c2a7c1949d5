package io.trunkline.synthflow.internal;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.synthflow.internal.wire.NumberDetails;

/**
 * Derives a registration status from the number, because Synthflow exposes no registration-status
 * endpoint.
 *
 * <p><strong>An approximation, made only here.</strong> Synthflow's Aircall guide says the SIP trunk
 * is created when the number is attached to the assistant and registration completes 1–2 minutes
 * later. The API shows only the attachment: {@code GET /numbers/{slug}} lists the attached assistants
 * in {@code assistants} and has {@code is_available: false} once an inbound assistant uses the
 * number. So the status is
 * <ul>
 *   <li>{@code REGISTERED} when {@code assistants} contains the assistant and {@code is_available}
 *       (when present) is {@code false};</li>
 *   <li>{@code PENDING} otherwise (the engine keeps polling until its deadline);</li>
 *   <li>{@code FAILED} when the number does not exist.</li>
 * </ul>
 * A trunk that fails to register at the SIP level (wrong password, unreachable proxy) still reads as
 * {@code REGISTERED}: only a test call, or the call logs in the Synthflow dashboard, prove that.
 */
public final class RegistrationSignal {

    private RegistrationSignal() {
    }

    /**
     * @param number the number as Synthflow shows it
     * @param assistantId the assistant it should be attached to
     * @return registered or pending
     */
    public static AgentPlatform.RegistrationStatus of(NumberDetails number, String assistantId) {
        boolean attached = number.assistants().contains(assistantId);
        boolean inUse = !Boolean.TRUE.equals(number.isAvailable());
        if (attached && inUse) {
            return AgentPlatform.RegistrationStatus.registered("Synthflow shows " + number.phoneNumber() + " attached to assistant "
                    + assistantId + " (the API cannot show the SIP REGISTER itself, see "
                    + SynthflowAssumptions.REGISTRATION_VISIBILITY.id() + "; a test call proves it)");
        }
        return AgentPlatform.RegistrationStatus.pending("Synthflow does not show " + number.phoneNumber() + " attached to assistant "
                + assistantId + " yet (attached: " + number.assistants() + ", is_available: " + number.isAvailable()
                + "); the trunk is set up within 1-2 minutes of binding");
    }

    /**
     * @param did the number that was not found
     * @return failed, saying what to do
     */
    public static AgentPlatform.RegistrationStatus missing(PhoneNumber did) {
        return AgentPlatform.RegistrationStatus.failed(did + " is not a number of this Synthflow workspace, so no trunk can register;"
                + " run apply to import it");
    }
}
