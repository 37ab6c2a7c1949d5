package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.TransferMode;
import java.time.Duration;
import java.util.Objects;

/**
 * A transfer-to-human action as the agent platform should hold it. The call reaches the contact
 * center by dialling {@code phone} through the SIP number's termination URI (a new INVITE).
 *
 * @param assistantId the assistant the action belongs to; natural-key lookups only adopt an action
 *     attached to it or to no assistant, so two integrations that transfer to the same line never
 *     take each other's action
 * @param name the action's name in the plan; the platform may or may not store it
 * @param phone the number to dial: the contact-center line that reaches the target
 * @param mode warm or warm with context (never cold: REFER is not supported by the contact center)
 * @param instructions when to transfer
 * @param initiatingMessage what the AI says before transferring
 * @param timeout how long to try
 */
public record TransferActionSpec(String assistantId, String name, PhoneNumber phone, TransferMode mode, String instructions,
                                 String initiatingMessage, Duration timeout) {

    /** Checks for nulls. */
    public TransferActionSpec {
        Objects.requireNonNull(assistantId, "assistantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(mode, "mode");
    }
}
