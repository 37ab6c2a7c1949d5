package io.trunkline.core.lifecycle;

import io.trunkline.core.model.Secret;
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
public record Change(String id, String resource, Action action, String summary, List<FieldChange> fields,
                     List<String> dependsOn, ManualStep manualStep) {

    /**
     * Copies the lists and checks for nulls.
     *
     * @param id stable identifier within the plan, e.g. {@code sip-number} or {@code transfer-action[Support]}
     * @param resource what the resource is, e.g. "Synthflow SIP number +33123456789"
     * @param action create, update, no-op, delete or manual
     * @param summary one human sentence
     * @param fields field-level changes (for create and update)
     * @param dependsOn ids of changes that must be applied first
     * @param manualStep the dashboard instructions, for manual steps (also on confirmed ones, as no-ops)
     */
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

    /** What applying a {@link Change} does. */
    public enum Action {
        /** Creates a resource through a vendor API. */
        CREATE,
        /** Changes fields of an existing resource through a vendor API. */
        UPDATE,
        /** Nothing to do: the resource already matches (or a manual step is confirmed). */
        NO_OP,
        /** Deletes a resource through a vendor API. */
        DELETE,
        /** A person must do this in a vendor dashboard; see {@link Change#manualStep()}. */
        MANUAL;

        /** @return whether applying this action calls a vendor API that writes */
        public boolean writes() {
            return this == CREATE || this == UPDATE || this == DELETE;
        }
    }

    /**
     * One field of an update or create: its value before and after. Secret fields show
     * {@value Secret#MASK} on both sides.
     *
     * @param field the field name as the vendor calls it, e.g. {@code termination_uri}
     * @param before the current value, or {@code null} when absent or created
     * @param after the desired value, or {@code null} when removed
     * @param sensitive whether the real values are secrets (then both sides are masked)
     */
    public record FieldChange(String field, String before, String after, boolean sensitive) {

        /**
         * Checks the field name.
         *
         * @param field the field name as the vendor calls it, e.g. {@code termination_uri}
         * @param before the current value, or {@code null} when absent or created
         * @param after the desired value, or {@code null} when removed
         * @param sensitive whether the real values are secrets (then both sides are masked)
         */
        public FieldChange {
            Objects.requireNonNull(field, "field");
        }

        /**
         * @param field the field name
         * @param before the current value
         * @param after the desired value
         * @return a plain field change
         */
        public static FieldChange of(String field, String before, String after) {
            return new FieldChange(field, before, after, false);
        }

        /**
         * @param field the field name
         * @param set whether a value is being set
         * @return a masked field change that never carries the secret
         */
        public static FieldChange secret(String field, boolean set) {
            return new FieldChange(field, null, set ? Secret.MASK : null, true);
        }
    }
}
