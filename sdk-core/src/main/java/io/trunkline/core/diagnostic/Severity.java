package io.trunkline.core.diagnostic;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The plan cannot be applied, or calls fail, until this is fixed. */
    ERROR,
    /** The plan can be applied and calls may work, but this departs from the guide or may fail at times. */
    WARNING,
    /** Nothing is wrong; a reminder of something no check can observe. */
    INFO
}
