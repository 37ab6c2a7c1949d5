package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.AgentPlatform;
import java.util.List;
import java.util.Map;

/**
 * What the applier executes for a change. Kept inside the plan, never rendered: a plan applies
 * exactly what was reviewed, without going back to the configuration (as Terraform does).
 *
 * <p>Dispatch is exhaustive without a type switch (Java 17 has none over sealed types): every
 * operation hands itself to the {@link Handler} method made for its type, so a new operation does
 * not compile until the applier executes it.
 */
sealed interface Operation {

    /** @param handler receives this operation through the method made for its type */
    void dispatch(Handler handler);

    /** Executes each kind of operation; implemented by the applier. */
    interface Handler {
        void none(None op);

        void createSipNumber(CreateSipNumber op);

        void updateSipNumber(UpdateSipNumber op);

        void deleteSipNumber(DeleteSipNumber op);

        void bindNumber(BindNumber op);

        void createAction(CreateAction op);

        void updateAction(UpdateAction op);

        void deleteAction(DeleteAction op);

        void attachAction(AttachAction op);

        void detachAction(DetachAction op);

        void recordAdoption(RecordAdoption op);

        void forgetGone(ForgetGone op);
    }

    /** Manual steps and no-ops. */
    record None() implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.none(this);
        }
    }

    /** Import the SIP number. */
    record CreateSipNumber(AgentPlatform.SipNumberSpec spec) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.createSipNumber(this);
        }
    }

    /** Update the SIP number; {@code before} holds the diffed fields' values seen at plan time. */
    record UpdateSipNumber(AgentPlatform.SipNumberSpec spec, Map<String, String> before) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.updateSipNumber(this);
        }
    }

    /** Delete the SIP number. */
    record DeleteSipNumber(PhoneNumber did) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.deleteSipNumber(this);
        }
    }

    /** Bind the number to the assistant for inbound calls. */
    record BindNumber(String assistantId, PhoneNumber did) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.bindNumber(this);
        }
    }

    /** Create a transfer action, recorded under {@code key}. */
    record CreateAction(String key, AgentPlatform.TransferActionSpec spec) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.createAction(this);
        }
    }

    /** Update a transfer action. */
    record UpdateAction(String actionId, AgentPlatform.TransferActionSpec spec, Map<String, String> before) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.updateAction(this);
        }
    }

    /** Delete a transfer action recorded under {@code key}. */
    record DeleteAction(String key, String actionId) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.deleteAction(this);
        }
    }

    /** Attach the action recorded under {@code key} (or with {@code actionId}, when known) to the assistant. */
    record AttachAction(String assistantId, String key, String actionId) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.attachAction(this);
        }
    }

    /** Detach an action from the assistant. */
    record DetachAction(String assistantId, String actionId) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.detachAction(this);
        }
    }

    /**
     * Journal only: record the id of the action that a create whose answer was lost made. Planning
     * finds it and apply records it, so a plan never writes.
     */
    record RecordAdoption(String key, String actionId) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.recordAdoption(this);
        }
    }

    /** Journal only: forget resources the journal says Trunkline created but that are already gone. */
    record ForgetGone(List<String> keys) implements Operation {

        @Override
        public void dispatch(Handler handler) {
            handler.forgetGone(this);
        }
        /** Copies the keys. */
        public ForgetGone {
            keys = List.copyOf(keys);
        }
    }
}
