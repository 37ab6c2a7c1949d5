package io.trunkline.core.lifecycle;

/** How {@link ChangePlan#render(PlanFormat)} prints a plan. */
public enum PlanFormat {
    /** Plain text for a terminal, Terraform-like ({@code +} create, {@code ~} update, {@code -} delete, {@code !} manual). */
    TEXT,
    /** A Markdown runbook with a checklist for every manual step. */
    MARKDOWN,
    /** JSON with a stable, documented schema ({@code trunkline.plan/v1}, see docs/plan-json.md). */
    JSON
}
