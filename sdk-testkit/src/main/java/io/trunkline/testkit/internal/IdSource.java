package io.trunkline.testkit.internal;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Generates vendor-looking identifiers from a seeded random source, so that a simulator given
 * the same seed and clock produces the same ids run after run.
 */
public final class IdSource {

    private final long seed;
    private Random random;

    /** @param seed the seed */
    public IdSource(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Starts the sequence again. */
    public void reset() {
        random = new Random(seed);
    }

    /** @return a random UUID string */
    public String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /**
     * @param clock the simulator clock
     * @return a Bubble-style id as Synthflow uses for workspaces and agents, e.g. {@code 1726559381711x108708587477942990}
     */
    public String bubbleId(Clock clock) {
        long tail = Math.floorMod(random.nextLong(), 900_000_000_000_000_000L) + 100_000_000_000_000_000L;
        return clock.millis() + "x" + tail;
    }

    /**
     * @param length how many characters
     * @return a random lowercase alphanumeric string
     */
    public String token(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
