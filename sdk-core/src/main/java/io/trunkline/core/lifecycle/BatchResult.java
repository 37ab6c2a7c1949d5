package io.trunkline.core.lifecycle;

import io.trunkline.core.internal.lifecycle.ResultRenderer;
import java.util.List;
import java.util.Objects;

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
}
