package io.trunkline.diagnostics.internal.simulation;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.SmartflowStep.BusinessHours;
import io.trunkline.core.model.SmartflowStep.ForwardToSip;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.diagnostics.simulation.CallPath;
import io.trunkline.diagnostics.simulation.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Walks one simulated call through a validated plan's Smartflow, collecting hops. */
public final class SmartflowWalk {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final IntegrationPlan plan;
    private final Map<Long, PhoneNumber> lineNumbers;
    private final Scenario scenario;
    private final TransferTarget transfer;
    private final List<String> hops = new ArrayList<>();
    private Instant instant;

    private SmartflowWalk(IntegrationPlan plan, Map<Long, PhoneNumber> lineNumbers, Scenario scenario) {
        this.plan = plan;
        this.lineNumbers = lineNumbers;
        this.scenario = scenario;
        this.transfer = chosenTransfer(plan, scenario).orElse(null);
        this.instant = scenario.instant().orElse(null);
    }

    /**
     * @param plan a validated plan
     * @param lineNumbers known DIDs of Aircall lines, by Line ID
     * @param scenario the call
     * @return the hops and the outcome
     */
    public static CallPath run(IntegrationPlan plan, Map<Long, PhoneNumber> lineNumbers, Scenario scenario) {
        SmartflowWalk walk = new SmartflowWalk(plan, lineNumbers, scenario);
        CallPath.Outcome outcome = walk.steps(plan.smartflow().orElseThrow().steps());
        return new CallPath(walk.hops, outcome);
    }

    private static Optional<TransferTarget> chosenTransfer(IntegrationPlan plan, Scenario scenario) {
        List<TransferTarget> targets = plan.transferTargets();
        List<String> names = targets.stream().map(t -> Printable.quote(t.name())).toList();
        if (scenario.transferName().isPresent()) {
            String name = scenario.transferName().get();
            return Optional.of(targets.stream().filter(t -> name.equals(t.name())).findFirst()
                    .orElseThrow(() -> new InvalidConfigurationException("the scenario transfers to "
                            + Printable.quote(name) + " but the plan's transfer targets are " + names
                            + "; use one of these names or Scenario.transferTo(index)")));
        }
        if (scenario.transferIndex().isPresent()) {
            int index = scenario.transferIndex().getAsInt();
            if (index < 0 || index >= targets.size()) {
                throw new InvalidConfigurationException("the scenario transfers to target #" + index + " but the plan has "
                        + targets.size() + " transfer target(s) " + names + "; use an index from 0 to " + (targets.size() - 1));
            }
            return Optional.of(targets.get(index));
        }
        return Optional.empty();
    }

    /** Runs steps in order until one ends the call; a ring step nobody answers moves on to the next. */
    private CallPath.Outcome steps(List<SmartflowStep> steps) {
        for (SmartflowStep step : steps) {
            Optional<CallPath.Outcome> outcome = step(step);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        hops.add("No step left: the call ends unanswered");
        return CallPath.Outcome.NO_ROUTE;
    }

    private Optional<CallPath.Outcome> step(SmartflowStep step) {
        if (step instanceof BusinessHours hours) {
            return Optional.of(businessHours(hours));
        }
        if (step instanceof ForwardToSip forward) {
            return Optional.of(forward(forward));
        }
        if (step instanceof SmartflowStep.Voicemail) {
            hops.add("Voicemail");
            return Optional.of(CallPath.Outcome.VOICEMAIL);
        }
        String who = rung(step);
        hops.add("Ring " + who);
        if (scenario.agentsAnswer()) {
            hops.add(capitalized(who) + " answers");
            return Optional.of(step instanceof SmartflowStep.RingTeam ? CallPath.Outcome.ROUTED_TO_TEAM : CallPath.Outcome.ROUTED_TO_USER);
        }
        hops.add(capitalized(who) + " does not answer");
        return Optional.empty();
    }

    private CallPath.Outcome businessHours(BusinessHours hours) {
        ZoneId zone = ZoneId.of(hours.timeZone());
        if (instant == null) {
            requireTime();
            instant = scenario.localTime().orElseThrow().atZone(zone).toInstant();
        }
        ZonedDateTime time = instant.atZone(zone);
        boolean open = Schedule.isOpen(hours, time);
        hops.add("Business Hours: " + (open ? "open" : "closed") + " (" + Schedule.day(time.getDayOfWeek()) + " "
                + CLOCK.format(time) + " " + zone.getId() + ")");
        return steps(open ? hours.whenOpen() : hours.whenClosed());
    }

    private CallPath.Outcome forward(ForwardToSip forward) {
        hops.add("Forward to External SIP " + Printable.quote(forward.destination()) + " (timeout "
                + seconds(forward.timeout()) + ")");
        if (!scenario.aiAnswers()) {
            hops.add("AI does not answer within " + seconds(forward.timeout()));
            return fallback(forward.fallback());
        }
        hops.add("AI answers");
        return transfer == null ? CallPath.Outcome.HANDLED_BY_AI : transfer(transfer);
    }

    private CallPath.Outcome fallback(SmartflowStep.Fallback fallback) {
        if (fallback instanceof SmartflowStep.Voicemail) {
            hops.add("Fallback: voicemail");
            return CallPath.Outcome.VOICEMAIL;
        }
        hops.add("Fallback: ring " + rung(fallback));
        return fallback instanceof SmartflowStep.RingTeam ? CallPath.Outcome.FALLBACK_TEAM : CallPath.Outcome.FALLBACK_USER;
    }

    private CallPath.Outcome transfer(TransferTarget target) {
        String mode = target.mode() == TransferMode.WARM_WITH_CONTEXT ? "Warm transfer with context summary" : "Warm transfer";
        String reached = switch (target.kind()) {
            case LINE -> "Aircall line " + target.id();
            case TEAM -> "team " + target.id();
            case USER -> "user " + target.id();
        };
        if (target.viaSipUri()) {
            hops.add(mode + ": new INVITE to " + target.sipUri() + ", the SIP URI of " + reached);
        } else {
            long lineId = target.lineToDial().orElseThrow();
            String line = "Aircall line " + lineId;
            String number = Optional.ofNullable(lineNumbers.get(lineId)).map(PhoneNumber::e164).orElse(line);
            String uri = plan.sipNumber().map(SipNumber::terminationUri).map(u -> " " + u).orElse("");
            hops.add(mode + ": new INVITE to " + number + " via termination URI" + uri
                    + (number.equals(line) ? "" : " (" + line + ")"));
            if (target.kind() != TransferTarget.Kind.LINE) {
                hops.add(line + " rings " + reached);
            }
        }
        if (!scenario.targetAnswers()) {
            hops.add(capitalized(reached) + " does not answer within " + seconds(target.timeout())
                    + ": the call stays with the AI");
            return CallPath.Outcome.TRANSFER_UNANSWERED;
        }
        hops.add(capitalized(reached) + " answers");
        return switch (target.kind()) {
            case LINE -> CallPath.Outcome.TRANSFERRED_TO_LINE;
            case TEAM -> CallPath.Outcome.TRANSFERRED_TO_TEAM;
            case USER -> CallPath.Outcome.TRANSFERRED_TO_USER;
        };
    }

    private static String rung(SmartflowStep step) {
        if (step instanceof SmartflowStep.RingTeam team) {
            return "team " + team.teamId();
        }
        if (step instanceof SmartflowStep.RingUser user) {
            return "user " + user.userId();
        }
        throw new IllegalStateException("not a ring step: " + step);
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String seconds(Duration duration) {
        return duration == null ? "the timeout" : duration.toSeconds() + " s";
    }

    private void requireTime() {
        if (scenario.localTime().isEmpty()) {
            throw new InvalidConfigurationException("the Smartflow checks business hours but the scenario has no"
                    + " time; use Scenario.at(LocalDateTime) or Scenario.at(Instant) instead of Scenario.anyTime()");
        }
    }
}
