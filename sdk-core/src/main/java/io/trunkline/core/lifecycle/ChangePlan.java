package io.trunkline.core.lifecycle;

import io.trunkline.core.internal.lifecycle.PlanRenderer;
import io.trunkline.core.model.PhoneNumber;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered, immutable list of {@link Change}s that would bring live state to the desired
 * integration (or remove it, for a destroy plan). Made by {@link IntegrationEngine#plan} without
 * writing anything; applied by {@link IntegrationEngine#apply}.
 *
 * <pre>{@code
 * ChangePlan plan = engine.plan(integration);
 * System.out.println(plan.render(PlanFormat.TEXT));
 * if (plan.hasChanges()) engine.apply(plan, ApplyListener.NONE);
 * }</pre>
 */
public final class ChangePlan {

    /** Whether the plan builds the integration or tears it down. */
    public enum Kind {
        /** Brings live state to the desired integration. */
        APPLY,
        /** Removes what Trunkline created. */
        DESTROY
    }

    private final Kind kind;
    private final PhoneNumber did;
    private final Instant createdAt;
    private final boolean offline;
    private final List<PlanStep> steps;
    private final List<Change> changes;
    /** The DID's journal as planning read it ({@link Ledger#serial()}); {@code null} when not recorded. */
    private final String journalSerial;

    ChangePlan(Kind kind, PhoneNumber did, Instant createdAt, List<PlanStep> steps) {
        this(kind, did, createdAt, false, steps, null);
    }

    ChangePlan(Kind kind, PhoneNumber did, Instant createdAt, boolean offline, List<PlanStep> steps,
               String journalSerial) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.did = Objects.requireNonNull(did, "did");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.offline = offline;
        this.steps = List.copyOf(steps);
        this.changes = this.steps.stream().map(PlanStep::change).toList();
        this.journalSerial = journalSerial;
    }

    /** @return the DID's journal as planning read it, to tell whether another apply ran since; empty when unknown */
    Optional<String> journalSerial() {
        return Optional.ofNullable(journalSerial);
    }

    /** @return apply or destroy */
    public Kind kind() {
        return kind;
    }

    /** @return the DID this plan is for */
    public PhoneNumber did() {
        return did;
    }

    /** @return when the live state was read (when the plan was made, for an {@linkplain #offline() offline} plan) */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * @return whether the plan was made without reading either vendor ({@link IntegrationEngine#planOffline}):
     *     it assumes nothing exists, renders like any plan and says so, and cannot be applied
     */
    public boolean offline() {
        return offline;
    }

    /** @return the changes in the order they are applied */
    public List<Change> changes() {
        return changes;
    }

    /** @return whether applying would write anything through an API */
    public boolean hasWrites() {
        return changes.stream().anyMatch(c -> c.action().writes());
    }

    /** @return whether anything is left to do: API writes or unconfirmed manual steps */
    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.action() != Change.Action.NO_OP);
    }

    /** @return how many changes of each action the plan holds */
    public Map<Change.Action, Integer> counts() {
        Map<Change.Action, Integer> counts = new EnumMap<>(Change.Action.class);
        for (Change.Action action : Change.Action.values()) {
            counts.put(action, 0);
        }
        changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
        return counts;
    }

    /**
     * Renders the plan. No rendering contains a secret value.
     *
     * @param format text, Markdown runbook or JSON
     * @return the rendering
     */
    public String render(PlanFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case TEXT -> PlanRenderer.text(this);
            case MARKDOWN -> PlanRenderer.markdown(this);
            case JSON -> PlanRenderer.json(this);
        };
    }

    /** @return each change with the operation apply executes for it, in order */
    List<PlanStep> steps() {
        return steps;
    }

    /** @return the plain-text rendering */
    @Override
    public String toString() {
        return render(PlanFormat.TEXT);
    }
}
