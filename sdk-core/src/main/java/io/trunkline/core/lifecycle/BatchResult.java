package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-integration results of {@link IntegrationEngine#applyAll}, in the order of the plans.
 *
 * @param items one per plan
 */
public record BatchResult(List<Item> items) {

    /**
     * Copies the list.
     *
     * @param items one per plan
     */
    public BatchResult {
        items = List.copyOf(items);
    }

    /**
     * @param status a status
     * @return how many items have it
     */
    public long count(Item.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /**
     * Renders the batch: the counts per status, then one line (or row, or object) per integration
     * with its apply summary or its error message.
     *
     * @param format text, Markdown or JSON ({@code trunkline.batch-result/v1}, see docs/plan-json.md)
     * @return the rendering
     */
    public String render(PlanFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case TEXT -> ResultRenderer.text(this);
            case MARKDOWN -> ResultRenderer.markdown(this);
            case JSON -> ResultRenderer.json(this);
        };
    }

    /** @return the plain-text rendering */
    @Override
    public String toString() {
        return render(PlanFormat.TEXT);
    }

    /**
     * The result of one integration in {@link IntegrationEngine#applyAll}.
     *
     * @param did the DID as given in the plan
     * @param status converged, waiting for manual steps, or failed
     * @param result the apply result, when apply ran to the end
     * @param error the failure, when it failed
     */
    public record Item(String did, Status status, ApplyResult result, TrunklineException error) {

        /** The outcome of one integration. */
        public enum Status {
            /** Every API change is applied and every manual step confirmed. */
            CONVERGED,
            /** API changes are applied; manual steps await a person. */
            PENDING_MANUAL,
            /** Validation, planning or apply failed; see {@link #error()}. */
            FAILED
        }

        /** @return the failure, when it failed */
        public Optional<TrunklineException> failure() {
            return Optional.ofNullable(error);
        }
    }
}
