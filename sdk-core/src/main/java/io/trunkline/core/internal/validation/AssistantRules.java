package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.diagnostic.DiagnosticCode;

/** Rules for the Synthflow assistant. */
final class AssistantRules {

    private AssistantRules() {
    }

    static void check(AssistantRef assistant, DiagnosticList findings) {
        if (assistant == null) {
            findings.error(DiagnosticCode.ASSISTANT_MISSING, "assistant", "no Synthflow assistant is given",
                    "add .assistant(AssistantRef.of(\"<model_id>\", \"2.0\"))");
            return;
        }
        if (assistant.id() == null || assistant.id().isBlank()) {
            findings.error(DiagnosticCode.ASSISTANT_ID_BLANK, "assistant.id", "the assistant id is blank",
                    "copy the assistant's model_id from Synthflow");
        }
        String version = assistant.engineVersion();
        if (version == null) {
            findings.warning(DiagnosticCode.ASSISTANT_ENGINE_VERSION_UNKNOWN, "assistant.engineVersion",
                    "the engine version is unknown and Synthflow's API does not expose it",
                    "pass the version shown in Synthflow, e.g. AssistantRef.of(id, \"2.0\"); otherwise apply asks you to confirm v2.0+");
            return;
        }
        int[] parsed = EngineVersion.parse(version);
        if (parsed == null) {
            findings.error(DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                    Printable.quote(version) + " is not a major.minor engine version",
                    "write major.minor as Synthflow shows it, e.g. " + EngineVersion.suggestion(version));
        } else if (parsed[0] < 2) {
            findings.error(DiagnosticCode.ASSISTANT_ENGINE_TOO_OLD, "assistant.engineVersion",
                    "engine " + Printable.quote(version) + " is older than " + AssistantRef.MINIMUM_ENGINE_VERSION
                            + "; SIP numbers need v2.0+",
                    "upgrade the assistant to engine v2.0 or later in Synthflow, or choose another assistant");
        }
    }
}
