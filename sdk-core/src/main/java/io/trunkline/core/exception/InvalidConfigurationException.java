package io.trunkline.core.exception;

import java.util.List;

/**
 * A value or builder was given something impossible (a number that is not E.164, a port out of
 * range, a missing required field). The message names each problem and the field it concerns.
 */
public class InvalidConfigurationException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    /** One entry per problem, each naming the field and the value's fault, in the order found. */
    private final List<String> problems;

    /**
     * @param problems one entry per problem, each naming the field and the value's fault
     */
    public InvalidConfigurationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem the single problem, naming the field and the value's fault
     */
    public InvalidConfigurationException(String problem) {
        this(List.of(problem));
    }

    /** @return every problem found, in the order found */
    public List<String> problems() {
        return problems;
    }
}
