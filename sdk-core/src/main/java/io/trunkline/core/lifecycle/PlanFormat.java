package io.trunkline.core.lifecycle;

/**
 * How {@link ChangePlan#render(PlanFormat)} prints a plan, and how {@link ApplyResult},
 * {@link VerificationReport} and {@link BatchResult} print theirs.
 */
public enum PlanFormat {
    /** Plain text for a terminal, Terraform-like ({@code +} create, {@code ~} update, {@code -} delete, {@code !} manual). */
    TEXT,
    /** A Markdown runbook with a checklist for every manual step. */
    MARKDOWN,
    /** JSON with a stable, documented schema ({@code trunkline.plan/v1} for plans, {@code trunkline.apply-result/v1},
     * {@code trunkline.verification/v1} and {@code trunkline.batch-result/v1} for results; see docs/plan-json.md).
     */
    JSON
}
