package io.trunkline.aircall.internal;

import java.util.Objects;

/**
 * One Aircall operation as users know it ("list numbers"), with what retries may do with it. Trunkline
 * only reads from Aircall today, so every operation is a {@link #read}.
 *
 * @param name the operation's name in messages and logs, e.g. {@code "get number"}
 * @param idempotent whether repeating it has the same effect as sending it once (GET, PUT, DELETE);
 *                   non-idempotent operations are never retried, not even after a 429 (see the
 *                   ledger entry AC-429-BEFORE-WORK)
 * @param unknownOutcomeAdvice for non-idempotent operations: what to do when the request may or may
 *                             not have taken effect; {@code null} for idempotent ones
 */
public record Operation(String name, boolean idempotent, String unknownOutcomeAdvice)
        implements io.trunkline.http.internal.Operation {

    /** Validates the name. */
    public Operation {
        Objects.requireNonNull(name, "name");
    }

    /** @param name e.g. {@code "list numbers"} @return a read, safe to retry */
    public static Operation read(String name) {
        return new Operation(name, true, null);
    }
}
