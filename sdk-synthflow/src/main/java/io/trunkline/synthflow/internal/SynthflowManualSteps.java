package io.trunkline.synthflow.internal;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Synthflow-side steps that only a person can do, because Synthflow's API does not expose them:
 * confirming the assistant's engine version, and getting Synthflow's current SIP signalling IPs for
 * an IP allowlist. Ids are stable so that confirmations recorded by the engine keep matching.
 */
public final class SynthflowManualSteps {

    /** Id of the engine-version confirmation. */
    public static final String ENGINE_VERSION = "synthflow.engine-version";
    /** Id of the signalling-IP check. */
    public static final String SIGNALLING_IPS = "synthflow.signalling-ips";
    /** Id prefix of a SIP-URI transfer, followed by the transfer's name in brackets. */
    public static final String SIP_TRANSFER = "synthflow.sip-transfer";

    private SynthflowManualSteps() {
    }

    /**
     * @param plan the validated integration
     * @param workspaceId the workspace, quoted so Synthflow support knows which region to answer for
     * @return the steps, possibly none
     */
    public static List<ManualStep> forPlan(ValidIntegration plan, String workspaceId) {
        List<ManualStep> steps = new ArrayList<>();
        if (plan.assistant().engineVersion() == null) {
            steps.add(engineVersion(plan.assistant()));
        }
        if (plan.auth() instanceof SipAuth.IpAllowlist allowlist) {
            steps.add(signallingIps(plan.destination(), allowlist, workspaceId));
        }
        String assistantId = plan.assistant().id();
        plan.transferTargets().stream().filter(TransferTarget::viaSipUri)
                .forEach(target -> steps.add(sipTransfer(target, assistantId)));
        return List.copyOf(steps);
    }

    /**
     * Synthflow documents SIP-URI transfers and custom headers as dashboard settings only: the API's
     * {@code LIVE_TRANSFER} has no SIP field (docs.synthflow.ai/call-transfer-to-sip).
     */
    private static ManualStep sipTransfer(TransferTarget target, String assistantId) {
        List<ManualStep.Field> fields = new ArrayList<>();
        fields.add(ManualStep.Field.of("Agent", assistantId));
        fields.add(ManualStep.Field.of("Action", "Call Transfer", "an action run during the call"));
        fields.add(ManualStep.Field.of("Transfer to", "SIP URI"));
        fields.add(ManualStep.Field.of("SIP URI", target.sipUri(), "the SIP address of " + target.describe()));
        fields.add(ManualStep.Field.of("Transfer mode", target.mode() == TransferMode.WARM_WITH_CONTEXT
                ? "Warm transfer with context summary" : "Warm transfer",
                "a new INVITE; never a cold transfer, which is SIP REFER and Aircall does not support it"));
        if (target.timeout() != null) {
            fields.add(ManualStep.Field.of("Answer timeout", target.timeout().toSeconds() + " seconds",
                    "how long the AI tries the target before the call stays with it"));
        }
        fields.add(ManualStep.Field.of("When to transfer", target.instructions()));
        fields.add(ManualStep.Field.of("Message before the transfer", target.initiatingMessage()));
        int n = 1;
        for (Map.Entry<String, String> header : target.sipHeaders().entrySet()) {
            fields.add(ManualStep.Field.of("Custom header " + n++, header.getKey() + ": " + header.getValue()));
        }
        return new ManualStep(SIP_TRANSFER + "[" + target.name() + "]",
                "Add the SIP-URI transfer \"" + target.name() + "\" to the assistant",
                "Synthflow dashboard → Agents → " + assistantId + " → Actions → During the call → Add Action → Call Transfer",
                fields,
                List.of("Choose SIP URI as the destination and enter the values listed in this step",
                        "Add each custom header listed, if any",
                        "Save the action; check it is attached to the agent"),
                "caller confirmation: Synthflow's API has no field for a SIP-URI transfer", false);
    }

    /** The guide requires engine v2.0+, and Synthflow's API does not document the engine version. */
    private static ManualStep engineVersion(AssistantRef assistant) {
        return new ManualStep(ENGINE_VERSION, "Confirm the assistant runs engine v2.0 or later",
                "Synthflow dashboard → Assistants → " + assistant.id() + " → Settings",
                List.of(ManualStep.Field.of("Assistant ID", assistant.id()),
                        ManualStep.Field.of("Required engine", AssistantRef.MINIMUM_ENGINE_VERSION + " or later",
                                "SIP numbers work only with assistants on engine v2.0+ (Synthflow's Aircall guide)")),
                List.of("Open the assistant and read its engine version",
                        "If it is older than 2.0, upgrade the assistant to v2.0 or later and save",
                        "To skip this step next time, give the version in the plan: AssistantRef.of(\""
                                + assistant.id() + "\", \"2.0\")"),
                "caller confirmation: Synthflow's API does not expose the engine version", false);
    }

    /** The guide: "contact Synthflow support for the current IP list"; no API publishes it. */
    private static ManualStep signallingIps(SipDestination destination, SipAuth.IpAllowlist allowlist,
                                            String workspaceId) {
        List<ManualStep.Field> fields = new ArrayList<>();
        fields.add(ManualStep.Field.of("Synthflow workspace ID", workspaceId));
        fields.add(ManualStep.Field.of("Synthflow SIP host", destination.host()));
        for (int i = 0; i < allowlist.entries().size(); i++) {
            fields.add(ManualStep.Field.of("Allowlist entry " + (i + 1), allowlist.entries().get(i)));
        }
        return new ManualStep(SIGNALLING_IPS, "Check Synthflow's current SIP signalling IPs against the allowlist",
                "Synthflow support → ask for the current SIP signalling IP list of your workspace's region",
                fields,
                List.of("Contact Synthflow support and ask for the current SIP signalling IPs for the workspace and host listed in this step",
                        "Compare them with the allowlist entries listed in this step",
                        "If any IP is missing, add it to the plan's allowlist and to the Aircall SIP destination, then plan again"),
                "caller confirmation: Synthflow publishes no API for its signalling IPs", false);
    }
}
