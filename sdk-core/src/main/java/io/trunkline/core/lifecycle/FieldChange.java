package io.trunkline.core.lifecycle;

import io.trunkline.core.model.Secret;
import java.util.Objects;

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

    /** Checks the field name. */
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
