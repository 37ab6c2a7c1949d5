package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.Smartflow.AiHours;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.SmartflowStep.BusinessHours;
import io.trunkline.core.model.SmartflowStep.ForwardToSip;
import io.trunkline.core.model.SmartflowStep.OpeningHours;
import io.trunkline.core.diagnostic.DiagnosticCode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Rules for the Aircall Smartflow: the forward step, its fallback and timeout, business hours. */
final class SmartflowRules {

    static final Duration MIN_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(120);

    /** Which branch of a business-hours condition a step list belongs to. */
    private enum Branch { UNCONDITIONAL, OPEN, CLOSED }

    private final SipDestination destination;
    private final AiHours aiHours;
    private final DiagnosticList findings;
    private boolean forwardSeen;
    private boolean conditionSeen;

    private SmartflowRules(SipDestination destination, AiHours aiHours, DiagnosticList findings) {
        this.destination = destination;
        this.aiHours = aiHours;
        this.findings = findings;
    }

    static void check(Smartflow smartflow, SipDestination destination, DiagnosticList findings) {
        SmartflowRules rules = new SmartflowRules(destination, smartflow.effectiveAiHours(), findings);
        rules.walk(smartflow.steps(), "smartflow.steps", Branch.UNCONDITIONAL);
        if (!rules.forwardSeen) {
            findings.error(DiagnosticCode.FORWARD_STEP_MISSING, "smartflow.steps",
                    "no reachable step forwards calls to the SIP destination",
                    "add SmartflowStep.forwardToSip(\"" + SipDestination.DEFAULT_NAME + "\").fallback(...).build()");
        }
        if (aiHoursNeedCondition(rules.aiHours) && !rules.conditionSeen) {
            findings.error(DiagnosticCode.AI_HOURS_WITHOUT_CONDITION, "smartflow.aiHours",
                    "the AI should answer " + rules.aiHours + " but the Smartflow has no Business Hours condition",
                    "add SmartflowStep.businessHours(zone) before the forward step, or set aiHours(ALWAYS)");
        }
    }

    private static boolean aiHoursNeedCondition(AiHours hours) {
        return hours == AiHours.OUTSIDE_BUSINESS_HOURS || hours == AiHours.DURING_BUSINESS_HOURS;
    }

    private void walk(List<SmartflowStep> steps, String path, Branch branch) {
        int forwardIndex = -1;
        boolean endedByCondition = false;
        for (int i = 0; i < steps.size(); i++) {
            String stepPath = path + "[" + i + "]";
            SmartflowStep step = steps.get(i);
            if (step == null) {
                findings.error(DiagnosticCode.SMARTFLOW_STEP_MISSING, stepPath, "the Smartflow step is null",
                        "remove it, or use a step from SmartflowStep (forwardToSip, businessHours, ringTeam, ringUser, voicemail)");
                continue;
            }
            if (step instanceof BusinessHours && forwardIndex >= 0) {
                findings.error(DiagnosticCode.BUSINESS_HOURS_AFTER_SIP, stepPath,
                        "the Business Hours condition comes after the Synthflow step " + path + "[" + forwardIndex
                                + "], so every call reaches the AI before hours are checked",
                        "move the Business Hours condition before the forward step and put the forward step in its branch");
            } else if (forwardIndex >= 0 || endedByCondition) {
                findings.warning(DiagnosticCode.STEP_UNREACHABLE, stepPath, "this step is never reached",
                        forwardIndex >= 0 ? "move it into the forward step's fallback, or remove it"
                                : "move it into a branch of the Business Hours condition, or remove it");
            }
            if (step instanceof ForwardToSip forward) {
                // a forward step behind a business-hours condition is never reached: it does not count as one
                checkForward(forward, stepPath, branch, !endedByCondition);
                forwardIndex = forwardIndex < 0 ? i : forwardIndex;
            } else if (step instanceof BusinessHours hours) {
                checkBusinessHours(hours, stepPath);
                endedByCondition = true;
            } else if (step instanceof SmartflowStep.Fallback route) {
                checkRoute(route, stepPath);
            }
        }
    }

    private void checkForward(ForwardToSip forward, String path, Branch branch, boolean reachable) {
        forwardSeen |= reachable;
        checkDestinationReference(forward.destination(), path + ".destination");
        checkTimeout(forward.timeout(), path + ".timeout");
        if (forward.fallback() == null) {
            findings.error(DiagnosticCode.FORWARD_FALLBACK_MISSING, path + ".fallback", "the forward step has no fallback",
                    "add .fallback(SmartflowStep.ringTeam(<team id>)) so unanswered calls reach a human");
        } else {
            checkRoute(forward.fallback(), path + ".fallback");
        }
        checkBranch(branch, path);
    }

    private void checkDestinationReference(String name, String path) {
        if (destination == null || destination.name() == null || destination.name().isBlank()) {
            return; // reported once, on the destination itself
        }
        if (name == null || !name.equals(destination.name())) {
            findings.error(DiagnosticCode.FORWARD_UNKNOWN_DESTINATION, path,
                    "the forward step selects " + Printable.quote(name) + " but the plan's destination is named "
                            + Printable.quote(destination.name()),
                    "use forwardToSip(\"" + destination.name() + "\")");
        }
    }

    private void checkTimeout(Duration timeout, String path) {
        if (timeout == null) {
            findings.error(DiagnosticCode.FORWARD_TIMEOUT_MISSING, path, "the forward step has no timeout",
                    "set .timeout(Duration.ofSeconds(30)), the guide's recommendation");
        } else if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            findings.error(DiagnosticCode.FORWARD_TIMEOUT_OUT_OF_RANGE, path,
                    "timeout " + timeout.toSeconds() + " s is outside " + MIN_TIMEOUT.toSeconds() + "-"
                            + MAX_TIMEOUT.toSeconds() + " s",
                    "use 30 seconds: long enough for Synthflow to answer, short enough for the fallback to help");
        } else if (Durations.reportFraction(timeout, path, "forward timeout", findings)) {
            return; // a warning about the value would only distract from the error
        } else if (!timeout.equals(SmartflowStep.RECOMMENDED_TIMEOUT)) {
            findings.warning(DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED, path,
                    "timeout " + timeout.toSeconds() + " s differs from the recommended 30 s",
                    "use 30 seconds unless you have measured a reason not to");
        }
    }

    private void checkBranch(Branch branch, String path) {
        boolean wrong = (aiHours == AiHours.OUTSIDE_BUSINESS_HOURS && branch == Branch.OPEN)
                || (aiHours == AiHours.DURING_BUSINESS_HOURS && branch == Branch.CLOSED);
        if (wrong) {
            findings.error(DiagnosticCode.AI_ON_WRONG_BRANCH, path,
                    "the AI is reached during " + (branch == Branch.OPEN ? "opening" : "closed")
                            + " hours, but it should answer " + aiHours,
                    "move the forward step to the " + (branch == Branch.OPEN ? "whenClosed" : "whenOpen")
                            + " branch, or change aiHours");
        }
    }

    private void checkRoute(SmartflowStep.Fallback route, String path) {
        long id = route instanceof SmartflowStep.RingTeam team ? team.teamId()
                : route instanceof SmartflowStep.RingUser user ? user.userId() : 1;
        if (id <= 0) {
            findings.error(DiagnosticCode.ROUTE_ID_NOT_POSITIVE, path, "Aircall ID " + id + " is not positive",
                    "copy the Team or User ID from the Aircall dashboard URL");
        }
    }

    private void checkBusinessHours(BusinessHours hours, String path) {
        conditionSeen = true;
        checkZone(hours.timeZone(), path + ".timeZone");
        if (hours.openingHours().isEmpty()) {
            findings.error(DiagnosticCode.BUSINESS_HOURS_EMPTY, path + ".openingHours", "the condition has no opening hours",
                    "add .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)) or .open(day, from, to)");
        }
        checkIntervals(hours.openingHours(), path + ".openingHours");
        walk(hours.whenOpen(), path + ".whenOpen", Branch.OPEN);
        walk(hours.whenClosed(), path + ".whenClosed", Branch.CLOSED);
        checkAiReached(hours, path);
    }

    private void checkZone(String zone, String path) {
        // Only tz database region ids: "+01:00" or "GMT+1" parse as ZoneIds but ignore daylight saving
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            findings.error(DiagnosticCode.BUSINESS_HOURS_TIME_ZONE_INVALID, path,
                    Printable.quote(zone) + " is not an IANA time zone",
                    "use the line's time zone, e.g. Europe/Paris or America/New_York");
        }
    }

    private void checkIntervals(List<OpeningHours> intervals, String path) {
        for (int i = 0; i < intervals.size(); i++) {
            OpeningHours a = intervals.get(i);
            String missing = missingParts(a);
            if (missing != null) {
                findings.error(DiagnosticCode.BUSINESS_HOURS_INTERVAL_INCOMPLETE, path + "[" + i + "]",
                        "the opening interval " + missing,
                        "give a weekday and both times, e.g. .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))");
                continue;
            }
            if (!a.to().isAfter(a.from())) {
                findings.error(DiagnosticCode.BUSINESS_HOURS_INTERVAL_INVALID, path + "[" + i + "]",
                        a.day() + " " + a.from() + "-" + a.to() + " closes before it opens",
                        "swap the times, or split an overnight interval at midnight");
                continue;
            }
            for (int j = 0; j < i; j++) {
                OpeningHours b = intervals.get(j);
                if (missingParts(b) == null && a.day() == b.day() && a.from().isBefore(b.to()) && b.from().isBefore(a.to())) {
                    findings.error(DiagnosticCode.BUSINESS_HOURS_OVERLAP, path + "[" + i + "]",
                            a.day() + " " + a.from() + "-" + a.to() + " overlaps " + path + "[" + j + "]",
                            "merge the two intervals");
                }
            }
        }
    }

    /** @return what an interval lacks, e.g. "on MONDAY has no opening time", or {@code null} when complete */
    private static String missingParts(OpeningHours interval) {
        if (interval == null) {
            return "is null";
        }
        List<String> missing = new java.util.ArrayList<>();
        if (interval.day() == null) {
            missing.add("weekday");
        }
        if (interval.from() == null) {
            missing.add("opening time");
        }
        if (interval.to() == null) {
            missing.add("closing time");
        }
        return missing.isEmpty() ? null
                : (interval.day() == null ? "" : "on " + interval.day() + " ") + "has no " + String.join(" and no ", missing);
    }

    private void checkAiReached(BusinessHours hours, String path) {
        boolean openForwards = reachesForward(hours.whenOpen());
        boolean closedForwards = reachesForward(hours.whenClosed());
        if (aiHours == AiHours.OUTSIDE_BUSINESS_HOURS && !closedForwards && (openForwards || forwardSeen)) {
            missingForward(path + ".whenClosed", "outside business hours");
        } else if (aiHours == AiHours.DURING_BUSINESS_HOURS && !openForwards && (closedForwards || forwardSeen)) {
            missingForward(path + ".whenOpen", "during business hours");
        } else if (aiHours == AiHours.ALWAYS && openForwards != closedForwards) {
            missingForward(path + (openForwards ? ".whenClosed" : ".whenOpen"), "at all hours");
        }
    }

    private void missingForward(String path, String when) {
        findings.error(DiagnosticCode.AI_BRANCH_WITHOUT_FORWARD, path, "the AI should answer " + when
                        + " but this branch never forwards to the SIP destination",
                "add the forward step to this branch");
    }

    private static boolean reachesForward(List<SmartflowStep> steps) {
        for (SmartflowStep step : steps) {
            if (step instanceof ForwardToSip) {
                return true;
            }
            if (step instanceof BusinessHours nested
                    && (reachesForward(nested.whenOpen()) || reachesForward(nested.whenClosed()))) {
                return true;
            }
        }
        return false;
    }
}
