package io.trunkline.aircall.internal;

import java.util.Objects;

/**
 * One Aircall operation as users know it ("list numbers"). Trunkline only reads from Aircall (the
 * SIP destination and the Smartflow step are dashboard steps), so every operation is a read, safe to
 * retry. Should a write ever be added, it needs its own advice for an unknown outcome, as Synthflow's
 * operations have: a POST is never retried, not even after a 429 (ledger entry AC-429-BEFORE-WORK).
 *
 * @param name the operation's name in messages and logs, e.g. {@code "get number"}
 */
public record Operation(String name) implements io.trunkline.http.internal.Operation {

    /** Validates the name. */
    public Operation {
        Objects.requireNonNull(name, "name");
    }

    /** @param name e.g. {@code "list numbers"} @return a read, safe to retry */
    public static Operation read(String name) {
        return new Operation(name);
    }

    /** @return {@code true}: every Aircall operation Trunkline sends is a GET */
    @Override
    public boolean idempotent() {
        return true;
    }
}
