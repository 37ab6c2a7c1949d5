package io.trunkline.core.lifecycle;

import io.trunkline.core.spi.ManualStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link ChangePlan}: what happens to one resource, and why.
 *
 * @param id stable identifier within the plan, e.g. {@code sip-number} or {@code transfer-action[Support]}
 * @param resource what the resource is, e.g. "Synthflow SIP number +33123456789"
 * @param action create, update, no-op, delete or manual
 * @param summary one human sentence
 * @param fields field-level changes (for create and update)
 * @param dependsOn ids of changes that must be applied first
 * @param manualStep the dashboard instructions, for manual steps (also on confirmed ones, as no-ops)
 */
public record Change(String id, String resource, ChangeAction action, String summary, List<FieldChange> fields,
                     List<String> dependsOn, ManualStep manualStep) {

    /** Copies the lists and checks for nulls. */
    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(summary, "summary");
        fields = List.copyOf(fields);
        dependsOn = List.copyOf(dependsOn);
    }

    /** @return the dashboard instructions, for manual steps */
    public Optional<ManualStep> manual() {
        return Optional.ofNullable(manualStep);
    }
}
