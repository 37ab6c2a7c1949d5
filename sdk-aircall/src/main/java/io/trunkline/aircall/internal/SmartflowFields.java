package io.trunkline.aircall.internal;

import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.spi.ManualStep;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Turns a Smartflow into runbook fields, one per value the person enters, in the order the steps
 * appear in the Smartflow editor. Labels are paths ({@code Step 1 → When closed → Timeout}) so that
 * nested branches stay unambiguous, and the branch that leads to the AI says so.
 */
final class SmartflowFields {

    /**
     * @param fields the fields in order
     * @param forwardLabel the label of the Forward to External SIP step, e.g. {@code Step 1 → When closed}
     * @param hasBusinessHours whether the flow has a Business Hours condition
     */
    record Described(List<ManualStep.Field> fields, String forwardLabel, boolean hasBusinessHours) {
    }

    private final Function<SmartflowStep.Fallback, String> fallback;
    private final LongFunction<String> team;
    private final LongFunction<String> user;
    private final List<ManualStep.Field> fields = new ArrayList<>();
    private String forwardLabel;
    private boolean businessHours;

    /**
     * @param fallback describes a fallback, e.g. {@code team Support L1 (ID 678)}
     * @param team describes a team by ID
     * @param user describes a user by ID
     */
    SmartflowFields(Function<SmartflowStep.Fallback, String> fallback, LongFunction<String> team, LongFunction<String> user) {
        this.fallback = fallback;
        this.team = team;
        this.user = user;
    }

    /** @param steps the top-level steps @return the fields; call once per instance */
    Described describe(List<SmartflowStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            step("Step " + (i + 1), steps.get(i), "calls reach the AI (Synthflow) here");
        }
        return new Described(List.copyOf(fields), forwardLabel, businessHours);
    }

    private void step(String label, SmartflowStep step, String forwardNote) {
        if (step instanceof SmartflowStep.ForwardToSip forward) {
            forward(label, forward, forwardNote);
        } else if (step instanceof SmartflowStep.BusinessHours hours) {
            businessHours(label, hours);
        } else if (step instanceof SmartflowStep.RingTeam ringTeam) {
            fields.add(ManualStep.Field.of(label, "Ring " + team.apply(ringTeam.teamId())));
        } else if (step instanceof SmartflowStep.RingUser ringUser) {
            fields.add(ManualStep.Field.of(label, "Ring " + user.apply(ringUser.userId())));
        } else {
            fields.add(ManualStep.Field.of(label, "Voicemail"));
        }
    }

    private void forward(String label, SmartflowStep.ForwardToSip forward, String note) {
        if (forwardLabel == null) {
            forwardLabel = label;
        }
        fields.add(ManualStep.Field.of(label, "Forward to External SIP", note));
        fields.add(ManualStep.Field.of(label + " → Destination", forward.destination(),
                "the SIP destination of step " + Runbook.SIP_DESTINATION));
        fields.add(ManualStep.Field.of(label + " → Timeout", Runbook.seconds(forward),
                "how long Aircall rings Synthflow before the fallback"));
        fields.add(ManualStep.Field.of(label + " → Fallback", fallback.apply(forward.fallback()),
                "where the call goes when Synthflow does not answer in time"));
    }

    private void businessHours(String label, SmartflowStep.BusinessHours hours) {
        businessHours = true;
        fields.add(ManualStep.Field.of(label, "Business Hours", "a Time Rule condition; it comes before the Forward to"
                + " External SIP step"));
        fields.add(ManualStep.Field.of(label + " → Time zone", hours.timeZone()));
        int i = 0;
        for (SmartflowStep.OpeningHours open : hours.openingHours()) {
            fields.add(ManualStep.Field.of(label + " → Opening hours " + ++i, open.day().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + open.from() + "–" + open.to()));
        }
        branch(label + " → When open", hours.whenOpen());
        branch(label + " → When closed", hours.whenClosed());
    }

    private void branch(String label, List<SmartflowStep> steps) {
        boolean toAi = containsForward(steps);
        String note = toAi ? "this branch leads to the AI (Synthflow)" : "this branch does not reach the AI";
        if (steps.isEmpty()) {
            fields.add(ManualStep.Field.of(label, "no step", note));
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            String stepLabel = steps.size() == 1 ? label : label + " " + (i + 1);
            int before = fields.size();
            step(stepLabel, steps.get(i), note);
            ManualStep.Field first = fields.get(before);
            if (i == 0 && first.note() == null) {
                fields.set(before, ManualStep.Field.of(first.label(), first.value(), note));
            }
        }
    }

    private static boolean containsForward(List<SmartflowStep> steps) {
        for (SmartflowStep step : steps) {
            if (step instanceof SmartflowStep.ForwardToSip) {
                return true;
            }
            if (step instanceof SmartflowStep.BusinessHours hours
                    && (containsForward(hours.whenOpen()) || containsForward(hours.whenClosed()))) {
                return true;
            }
        }
        return false;
    }
}
