package io.trunkline.core.validation;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The plan cannot be applied until this is fixed. */
    ERROR,
    /** The plan can be applied, but this departs from the guide's recommendation. */
    WARNING
}
