package io.trunkline.diagnostics.internal.simulation;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SmartflowStep.BusinessHours;
import io.trunkline.core.model.SmartflowStep.ForwardToSip;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a validated plan as a Mermaid flowchart. Node ids come from the position of each step in
 * the Smartflow, so the same plan always gives the same text. Nodes are listed first, then edges,
 * both in depth-first order.
 */
public final class MermaidFlowchart {

    private static final String AI = "ai";

    private final IntegrationPlan plan;
    private final List<String> nodes = new ArrayList<>();
    private final List<String> edges = new ArrayList<>();
    private boolean aiReached;

    private MermaidFlowchart(IntegrationPlan plan) {
        this.plan = plan;
    }

    /**
     * @param plan a validated plan
     * @return the flowchart source, ending with a newline
     */
    public static String render(IntegrationPlan plan) {
        MermaidFlowchart chart = new MermaidFlowchart(plan);
        chart.node("call", "([", "Call to " + plan.phoneNumber().e164(), "])");
        chart.steps(plan.smartflow().orElseThrow().steps(), "step", "call", null);
        if (chart.aiReached) {
            chart.assistant();
        }
        StringBuilder sb = new StringBuilder("flowchart TD\n");
        chart.nodes.forEach(n -> sb.append("    ").append(n).append('\n'));
        chart.edges.forEach(e -> sb.append("    ").append(e).append('\n'));
        return sb.toString();
    }

    /**
     * @param from the node the first step is entered from
     * @param label the label of that entering edge, or {@code null}
     */
    private void steps(List<SmartflowStep> steps, String prefix, String from, String label) {
        if (steps.isEmpty()) {
            String end = prefix + "_end";
            node(end, "([", "No route", "])");
            edge(from, label, end);
            return;
        }
        String previous = from;
        String previousLabel = label;
        for (int i = 0; i < steps.size(); i++) {
            String id = prefix + i;
            SmartflowStep step = steps.get(i);
            edge(previous, previousLabel, id);
            if (step instanceof BusinessHours hours) {
                businessHours(hours, id);
                return;
            }
            if (step instanceof ForwardToSip forward) {
                forward(forward, id);
                return;
            }
            route((SmartflowStep.Fallback) step, id);
            if (step instanceof SmartflowStep.Voicemail) {
                return;
            }
            previous = id;
            previousLabel = "no answer";
        }
    }

    private void businessHours(BusinessHours hours, String id) {
        List<String> label = new ArrayList<>();
        label.add(escape("Business Hours " + hours.timeZone()));
        Schedule.describe(hours).forEach(line -> label.add(escape(line)));
        nodes.add(id + "{\"" + String.join("<br/>", label) + "\"}");
        steps(hours.whenOpen(), id + "_open", id, "open");
        steps(hours.whenClosed(), id + "_closed", id, "closed");
    }

    private void forward(ForwardToSip forward, String id) {
        String target = plan.destination().map(MermaidFlowchart::address).orElse("");
        nodes.add(id + "[\"" + escape("Forward to External SIP '" + forward.destination() + "'") + "<br/>"
                + escape(target) + "<br/>" + escape("timeout " + forward.timeout().toSeconds() + " s") + "\"]");
        aiReached = true;
        edge(id, "AI answers", AI);
        String fallback = id + "_fallback";
        route(forward.fallback(), fallback);
        edge(id, "no answer after " + forward.timeout().toSeconds() + " s", fallback);
    }

    private static String address(SipDestination destination) {
        return destination.host() + ":" + destination.port() + " (" + destination.transport() + ")";
    }

    private void route(SmartflowStep.Fallback route, String id) {
        String text;
        if (route instanceof SmartflowStep.RingTeam team) {
            text = "Ring team " + team.teamId();
        } else if (route instanceof SmartflowStep.RingUser user) {
            text = "Ring user " + user.userId();
        } else {
            text = "Voicemail";
        }
        node(id, "[", text, "]");
    }

    private static String describe(TransferTarget target) {
        return switch (target.kind()) {
            case LINE -> "Aircall line " + target.id();
            case TEAM -> "Team " + target.id();
            case USER -> "User " + target.id();
        };
    }

    private void assistant() {
        node(AI, "([", "Synthflow assistant " + plan.assistant().orElseThrow().id(), "])");
        List<TransferTarget> targets = plan.transferTargets();
        for (int i = 0; i < targets.size(); i++) {
            TransferTarget target = targets.get(i);
            String id = "transfer" + i;
            String mode = target.mode() == TransferMode.WARM_WITH_CONTEXT ? "warm transfer with context via new INVITE"
                    : "warm transfer via new INVITE";
            if (target.viaSipUri()) {
                node(id, "[", describe(target) + " (SIP URI " + target.sipUri() + ")", "]");
                edge(AI, mode.replace("new INVITE", "new INVITE to its SIP URI"), id);
                continue;
            }
            long lineId = target.lineToDial().orElseThrow();
            if (target.kind() == TransferTarget.Kind.LINE) {
                node(id, "[", "Aircall line " + lineId, "]");
                edge(AI, mode, id);
            } else {
                String line = id + "_line";
                node(line, "[", "Aircall line " + lineId, "]");
                node(id, "[", (target.kind() == TransferTarget.Kind.TEAM ? "Team " : "User ") + target.id(), "]");
                edge(AI, mode, line);
                edge(line, "rings", id);
            }
        }
    }

    private void node(String id, String open, String text, String close) {
        nodes.add(id + open + "\"" + escape(text) + "\"" + close);
    }

    private void edge(String from, String label, String to) {
        edges.add(from + (label == null ? " --> " : " -->|" + escape(label) + "| ") + to);
    }

    /** Mermaid entity codes keep user text from closing a label or starting markup. */
    private static String escape(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '"' -> "#quot;";
            case '<' -> "#lt;";
            case '>' -> "#gt;";
            case '|' -> "#124;";
            case '\r', '\n', '\t' -> " ";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
    }
}
