package io.trunkline.spring.boot.observation;

import java.util.Locale;

/** The phases of an integration's lifecycle that are observed, each with its own timer. */
public enum LifecyclePhase {
    /** Reading live state and working out the changes ({@code plan}, {@code planDestroy}). */
    PLAN,
    /** Applying a plan that builds the integration ({@code apply}, {@code converge}). */
    APPLY,
    /** Reading everything back and checking it ({@code verify}). */
    VERIFY,
    /** Applying a plan that removes what Trunkline created. */
    DESTROY;

    /** @return the tag value, e.g. {@code plan} */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
