package io.trunkline.core.lifecycle;

import java.util.List;

/**
 * The per-integration results of {@link IntegrationEngine#applyAll}, in the order of the plans.
 *
 * @param items one per plan
 */
public record BatchResult(List<BatchItem> items) {

    /** Copies the list. */
    public BatchResult {
        items = List.copyOf(items);
    }

    /**
     * @param status a status
     * @return how many items have it
     */
    public long count(BatchItem.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
