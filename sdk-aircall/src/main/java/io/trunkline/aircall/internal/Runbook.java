package io.trunkline.aircall.internal;

import io.trunkline.core.ValidIntegration;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.core.spi.ManualStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Writes the Aircall dashboard runbook: the steps Aircall offers no API for (SIP destinations and
 * Smartflows, per Trunkline's Aircall reference §7), with exact values and stable ids.
 *
 * <p>Names of lines, teams and users are read through the {@link ContactCenter} so the person sees
 * what the dashboard shows; a missing team or user is shown by its ID. The contact center given is
 * a snapshot, so each is read once and a runbook costs few requests against Aircall's rate limit
 * (or an offline view, which reads nothing and leaves every name to its ID). Every value is part of the
 * step's fingerprint, so renaming a team in Aircall makes a confirmation stale on purpose: the
 * person re-checks the flow. Secret values never enter a step; the SIP password counts in the
 * fingerprint only through a slow digest ({@link ManualStep.Field#secret}), so rotating it lapses the
 * SIP-destination confirmation too.
 */
public final class Runbook {

    /** Id of the step that adds the SIP destination. */
    public static final String SIP_DESTINATION = "aircall.sip-destination";
    /** Id of the step that adds the Forward to External SIP step to the line's Smartflow. */
    public static final String SMARTFLOW = "aircall.smartflow";
    /** Id of the step that routes the lines Synthflow dials back to their teams and users. */
    public static final String TRANSFER_LINES = "aircall.transfer-lines";
    /** Id of the teardown step that removes the Forward to External SIP step. */
    public static final String REMOVE_FORWARD = "aircall.smartflow.remove-forward";
    /** Id of the teardown step that deletes the SIP destination. */
    public static final String REMOVE_SIP_DESTINATION = "aircall.sip-destination.remove";

    private static final String DASHBOARD = "Aircall Dashboard → ";
    private static final String SIP_DESTINATIONS = DASHBOARD + "Integrations → SIP / External SIP";
    private static final String CALLER = "you confirm it (caller confirmation): ";
    private static final String NO_SIP_API = "Aircall has no API that reads or writes SIP destinations";
    private static final String NO_SMARTFLOW_API = "Aircall has no API that reads or writes Smartflows";

    private final ContactCenter aircall;
    /** What the runbook says of a line it did not find: missing, or not looked up (offline). */
    private final String unfound;

    /**
     * @param aircall reads line, team and user names: a snapshot, so that each is read once
     * @param offline whether {@code aircall} reads nothing, so that a line it does not find is "not read", not "not found"
     */
    public Runbook(ContactCenter aircall, boolean offline) {
        this.aircall = Objects.requireNonNull(aircall, "aircall");
        this.unfound = offline ? "not read: offline plan" : "not found in Aircall";
    }

    /**
     * @param plan the validated integration
     * @return the setup steps: SIP destination, Smartflow, then transfer lines when teams or users are targets
     */
    public List<ManualStep> setup(ValidIntegration plan) {
        List<ManualStep> steps = new ArrayList<>();
        steps.add(sipDestination(plan));
        steps.add(smartflowStep(plan));
        transferLines(plan).ifPresent(steps::add);
        return List.copyOf(steps);
    }

    /**
     * Names the line by its DID and the fallback's team or user by ID, reading nothing from Aircall:
     * a destroy spends its few reads on what it deletes, and the dashboard finds a line by its number.
     *
     * @param plan the validated integration being destroyed
     * @return the teardown steps: remove the forward step first (no call may be forwarded to a
     *     destination that is gone), then delete the destination
     */
    public List<ManualStep> teardown(ValidIntegration plan) {
        SipDestination destination = plan.destination();
        PhoneNumber did = plan.did();
        SmartflowStep.ForwardToSip forward = plan.forward();
        ManualStep removeForward = new ManualStep(REMOVE_FORWARD, "Stop forwarding " + did + " to Synthflow in the Smartflow",
                DASHBOARD + "Numbers → " + did.e164() + " → Edit Smartflow",
                List.of(ManualStep.Field.of("Step to remove", "Forward to External SIP → " + forward.destination()),
                        ManualStep.Field.of("Route calls instead to", fallback(forward.fallback(), Runbook::teamById, Runbook::userById),
                                "the forward step's fallback, so calls still reach a person")),
                List.of("Remove the Forward to External SIP step", "Click Save", "Click Publish"),
                CALLER + NO_SMARTFLOW_API, false);
        ManualStep removeDestination = new ManualStep(REMOVE_SIP_DESTINATION, "Delete the Synthflow SIP destination in Aircall",
                SIP_DESTINATIONS,
                List.of(ManualStep.Field.of("Name", destination.name()), ManualStep.Field.of("SIP URI / host", destination.host())),
                List.of("Delete the destination \"" + destination.name() + "\" once no Smartflow forwards to it",
                        "Confirm the deletion"),
                CALLER + NO_SIP_API, false);
        return List.of(removeForward, removeDestination);
    }

    private ManualStep sipDestination(ValidIntegration plan) {
        SipDestination destination = plan.destination();
        List<ManualStep.Field> fields = new ArrayList<>();
        fields.add(ManualStep.Field.of("Name", destination.name(), "the Smartflow step selects the destination by this name"));
        fields.add(ManualStep.Field.of("SIP URI / host", destination.host(), "as a full URI: " + destination.sipUri()));
        fields.add(destination.portOverridden()
                ? ManualStep.Field.of("Port", String.valueOf(destination.port()), "deliberately not Synthflow's documented "
                + destination.transport().defaultPort())
                : ManualStep.Field.of("Port", String.valueOf(destination.port())));
        fields.add(ManualStep.Field.of("Transport", destination.transport().name()));
        authFields(plan.auth(), plan.did(), fields);
        return new ManualStep(SIP_DESTINATION, "Add the Synthflow SIP destination in Aircall",
                SIP_DESTINATIONS + " → Add SIP Destination", fields, List.of("Click Save"),
                CALLER + NO_SIP_API + ", so Trunkline cannot check this step", false);
    }

    private static void authFields(SipAuth auth, PhoneNumber did, List<ManualStep.Field> fields) {
        if (auth instanceof SipAuth.IpAllowlist allowlist) {
            fields.add(ManualStep.Field.of("Authentication", "IP-based"));
            int i = 0;
            for (String entry : allowlist.entries()) {
                fields.add(ManualStep.Field.of("Allowlisted IP " + ++i, entry,
                        "a Synthflow SIP signalling address; Synthflow support gives the current list"));
            }
        } else if (auth instanceof SipAuth.Credentials credentials) {
            fields.add(ManualStep.Field.of("Authentication", "Credentials"));
            fields.add(ManualStep.Field.of("Username", credentials.username(), "the username of the Synthflow SIP number " + did));
            fields.add(ManualStep.Field.secret("Password", "the password of the Synthflow SIP number " + did + "; copy it precisely",
                    credentials.password()));
        }
    }

    private ManualStep smartflowStep(ValidIntegration plan) {
        PhoneNumber did = plan.did();
        SmartflowFields.Described described = new SmartflowFields(this::fallback, this::team, this::user)
                .describe(plan.smartflow().steps());
        SmartflowStep.ForwardToSip forward = plan.forward();
        List<String> actions = new ArrayList<>();
        if (described.hasBusinessHours()) {
            actions.add("Add the Business Hours condition first, with the time zone and opening hours above");
        }
        actions.add("Add a Forward to External SIP step at " + described.forwardLabel() + ", select the destination \""
                + forward.destination() + "\", set the timeout to " + seconds(forward) + " and the fallback to "
                + fallback(forward.fallback()));
        actions.add("Click Save");
        actions.add("Click Publish");
        String lineId = lineByDid(did).map(line -> "line " + line.id()).orElse("the line");
        return new ManualStep(SMARTFLOW, "Forward " + did + " to Synthflow in the Smartflow", smartflowPath(did),
                described.fields(), actions, CALLER + NO_SMARTFLOW_API + ". Through the API Trunkline"
                + " checks only that " + lineId + " is managed by the Smartflows editor (flow_editor_enabled on"
                + " GET /v1/numbers), not the steps themselves", true);
    }

    private Optional<ManualStep> transferLines(ValidIntegration plan) {
        Map<Long, List<TransferTarget>> byLine = new LinkedHashMap<>();
        for (ValidIntegration.DialledTransfer transfer : plan.dialledTransfers()) {
            if (transfer.target().kind() != TransferTarget.Kind.LINE) {
                byLine.computeIfAbsent(transfer.lineId(), id -> new ArrayList<>()).add(transfer.target());
            }
        }
        if (byLine.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> forwardingLine = lineByDid(plan.did()).map(ContactCenter.LineState::id);
        List<ManualStep.Field> fields = new ArrayList<>();
        List<String> lineLabels = new ArrayList<>();
        byLine.forEach((lineId, targets) -> {
            Optional<ContactCenter.LineState> line = aircall.findLine(lineId);
            String label = line.map(Runbook::describe).orElse("line " + lineId + " (" + unfound + ")");
            lineLabels.add(label);
            for (TransferTarget target : targets) {
                fields.add(ManualStep.Field.of("Line " + label, ring(target), transferNote(target, line,
                        forwardingLine.filter(lineId::equals).isPresent())));
            }
        });
        String path = DASHBOARD + "Numbers → " + (lineLabels.size() == 1 ? lineLabels.get(0) : "each line below")
                + " → Edit Smartflow";
        return Optional.of(new ManualStep(TRANSFER_LINES, "Route the lines Synthflow transfers to", path, fields,
                List.of("Make each line's Smartflow ring the team or user listed, with no Forward to External SIP step"
                        + " before it", "Click Save", "Click Publish"),
                CALLER + NO_SMARTFLOW_API + ". Trunkline checks only that each line, team and user"
                        + " exists; teams and users have no SIP address, so the AI reaches them only through these lines",
                false));
    }

    private static String transferNote(TransferTarget target, Optional<ContactCenter.LineState> line, boolean forwardingLine) {
        String dialled = line.map(l -> l.number().e164()).orElse("the line's number");
        String note = "Synthflow's transfer \"" + target.name() + "\" dials " + dialled
                + " (a new SIP INVITE through the termination URI; Aircall does not accept SIP REFER)";
        return forwardingLine ? note + ". Warning: this line forwards to Synthflow, so the transfer may reach the AI"
                + " again; use a line whose Smartflow rings the " + target.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " directly" : note;
    }

    private String ring(TransferTarget target) {
        return target.kind() == TransferTarget.Kind.TEAM ? "Ring " + team(target.id()) : "Ring " + user(target.id());
    }

    private String smartflowPath(PhoneNumber did) {
        String line = lineByDid(did).map(Runbook::describe).orElse(did.e164() + " (" + unfound + ")");
        return DASHBOARD + "Numbers → " + line + " → Edit Smartflow";
    }

    private static String describe(ContactCenter.LineState line) {
        return line.name() + " (" + line.number().e164() + ", line " + line.id() + ")";
    }

    String fallback(SmartflowStep.Fallback fallback) {
        return fallback(fallback, this::team, this::user);
    }

    private static String fallback(SmartflowStep.Fallback fallback, LongFunction<String> team, LongFunction<String> user) {
        if (fallback instanceof SmartflowStep.RingTeam ringTeam) {
            return team.apply(ringTeam.teamId());
        }
        if (fallback instanceof SmartflowStep.RingUser ringUser) {
            return user.apply(ringUser.userId());
        }
        return "voicemail";
    }

    private Optional<ContactCenter.LineState> lineByDid(PhoneNumber did) {
        return aircall.findLineByDid(did);
    }

    private String team(long id) {
        return aircall.findTeam(id).map(team -> "team " + team.name() + " (ID " + id + ")").orElse(teamById(id));
    }

    private String user(long id) {
        return aircall.findUser(id).map(user -> "user " + user.name() + " (ID " + id + ")").orElse(userById(id));
    }

    private static String teamById(long id) {
        return "team ID " + id;
    }

    private static String userById(long id) {
        return "user ID " + id;
    }

    static String seconds(SmartflowStep.ForwardToSip forward) {
        return forward.timeout().toSeconds() + " seconds";
    }
}
