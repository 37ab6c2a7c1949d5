package io.trunkline.core.exception;

import java.util.List;
import java.util.Objects;

/**
 * Trunkline found several vendor resources that could be the one it created, and will not guess:
 * adopting the wrong one would take another integration's resource, and creating another would
 * leave a duplicate. The message names every candidate and how to resolve it; nothing was changed.
 */
public class AmbiguousResourceException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    /** The ids of every resource that could be the one Trunkline created, as the message lists them. */
    private final List<String> candidateIds;

    /**
     * @param resource what was being looked for, e.g. {@code transfer action "Support team"}
     * @param candidateIds the ids of every resource that could be it
     * @param fix what the user should do
     */
    public AmbiguousResourceException(String resource, List<String> candidateIds, String fix) {
        super(resource + " could be any of " + candidateIds.size() + " resources created since Trunkline started "
                + "creating it: " + String.join(", ", candidateIds) + ". Nothing was changed. " + Objects.requireNonNull(fix, "fix"));
        this.candidateIds = List.copyOf(candidateIds);
    }

    /** @return the ids of every candidate */
    public List<String> candidateIds() {
        return candidateIds;
    }
}
