package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.SipNumberSpec;
import io.trunkline.core.spi.TransferActionSpec;
import java.util.List;
import java.util.Map;

/**
 * What the applier executes for a change. Kept inside the plan, never rendered: a plan applies
 * exactly what was reviewed, without going back to the configuration (as Terraform does).
 */
sealed interface Operation {

    /** Manual steps and no-ops. */
    record None() implements Operation {
    }

    /** Import the SIP number. */
    record CreateSipNumber(SipNumberSpec spec) implements Operation {
    }

    /** Update the SIP number; {@code before} holds the diffed fields' values seen at plan time. */
    record UpdateSipNumber(SipNumberSpec spec, Map<String, String> before) implements Operation {
    }

    /** Delete the SIP number. */
    record DeleteSipNumber(PhoneNumber did) implements Operation {
    }

    /** Bind the number to the assistant for inbound calls. */
    record BindNumber(String assistantId, PhoneNumber did) implements Operation {
    }

    /** Create a transfer action, recorded under {@code key}. */
    record CreateAction(String key, TransferActionSpec spec) implements Operation {
    }

    /** Update a transfer action. */
    record UpdateAction(String actionId, TransferActionSpec spec, Map<String, String> before) implements Operation {
    }

    /** Delete a transfer action recorded under {@code key}. */
    record DeleteAction(String key, String actionId) implements Operation {
    }

    /** Attach the action recorded under {@code key} (or with {@code actionId}, when known) to the assistant. */
    record AttachAction(String assistantId, String key, String actionId) implements Operation {
    }

    /** Detach an action from the assistant. */
    record DetachAction(String assistantId, String actionId) implements Operation {
    }

    /**
     * Journal only: record the id of the action that a create whose answer was lost made. Planning
     * finds it and apply records it, so a plan never writes.
     */
    record RecordAdoption(String key, String actionId) implements Operation {
    }

    /** Journal only: forget resources the journal says Trunkline created but that are already gone. */
    record ForgetGone(List<String> keys) implements Operation {
        /** Copies the keys. */
        public ForgetGone {
            keys = List.copyOf(keys);
        }
    }
}
