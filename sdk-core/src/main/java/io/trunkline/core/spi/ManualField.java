package io.trunkline.core.spi;

import io.trunkline.core.model.Secret;
import java.util.Objects;

/**
 * One field of a dashboard form, with the exact value to enter. Secret values are never carried:
 * a sensitive field shows {@value Secret#MASK} and says where to find the real value.
 *
 * @param label the field's label in the dashboard, e.g. "SIP URI"
 * @param value the exact value to enter, or {@value Secret#MASK} for a secret
 * @param sensitive whether the real value is a secret
 * @param note where to find a secret value, or a hint; may be {@code null}
 */
public record ManualField(String label, String value, boolean sensitive, String note) {

    /** Checks for nulls. */
    public ManualField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param label the field label
     * @param value the value to enter
     * @return a plain field
     */
    public static ManualField of(String label, String value) {
        return new ManualField(label, value, false, null);
    }

    /**
     * @param label the field label
     * @param value the value to enter
     * @param note a hint shown next to it
     * @return a plain field with a note
     */
    public static ManualField of(String label, String value, String note) {
        return new ManualField(label, value, false, note);
    }

    /**
     * @param label the field label
     * @param whereToFind where the person finds the secret (e.g. "your password manager entry X")
     * @return a masked field
     */
    public static ManualField secret(String label, String whereToFind) {
        return new ManualField(label, Secret.MASK, true, whereToFind);
    }
}
