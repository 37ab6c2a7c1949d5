package io.trunkline.spring.boot.internal;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.List;

/**
 * {@code trunkline.*} properties that cannot work, found at start-up. Every problem names the
 * property and says how to fix it; {@link TrunklinePropertiesFailureAnalyzer} turns this into Spring
 * Boot's start-up failure report. Never carries a property's value.
 */
public final class InvalidTrunklinePropertiesException extends InvalidConfigurationException {

    private static final long serialVersionUID = 1L;

    private final String prefix;

    /**
     * @param prefix the property group, e.g. {@code trunkline.synthflow}
     * @param problems each problem, naming its property and the fix
     */
    public InvalidTrunklinePropertiesException(String prefix, List<String> problems) {
        super(problems);
        this.prefix = prefix;
    }

    /** @return the property group the problems are in, e.g. {@code trunkline.synthflow} */
    public String prefix() {
        return prefix;
    }
}
