package io.trunkline.bench.internal;

import java.util.Objects;

/**
 * One goal of a benchmark group and whether this run met it. Goals are fixed in the code before a
 * run; they are never derived from results.
 *
 * @param name what is checked, e.g. {@code "re-apply writes"}
 * @param goal the goal as text, e.g. {@code "= 0"}
 * @param actual the measured value as text
 * @param met whether the goal was met
 */
public record Check(String name, String goal, String actual, boolean met) {

    /** Requires every text. */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(actual, "actual");
    }
}
