package io.trunkline.core.spi;

import java.util.Objects;

/**
 * What a read-only preflight found about one {@link VendorAssumption} on a real account.
 *
 * @param assumption the ledger entry
 * @param verdict confirmed, refuted, or unknown when no read can tell
 * @param evidence what was seen: status codes, fields present or absent, never a secret
 */
public record AssumptionVerdict(VendorAssumption assumption, Verdict verdict, String evidence) {

    /** The outcome of a check. */
    public enum Verdict {
        /** A read showed the assumption holds. */
        CONFIRMED,
        /** A read showed it does not hold; the SDK keeps its safe behaviour. */
        REFUTED,
        /** No read-only check can tell (e.g. it needs a test call), or the account had nothing to read. */
        UNKNOWN
    }

    /**
     * Checks for nulls.
     *
     * @param assumption the ledger entry
     * @param verdict confirmed, refuted, or unknown when no read can tell
     * @param evidence what was seen: status codes, fields present or absent, never a secret
     */
    public AssumptionVerdict {
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** @return whether the assumption was confirmed */
    public boolean confirmed() {
        return verdict == Verdict.CONFIRMED;
    }

    /** @return e.g. {@code CONFIRMED  SF-UNKNOWN-SLUG-STATUS  GET /numbers/0 answered 404} */
    @Override
    public String toString() {
        return String.format("%-9s %-28s %s", verdict, assumption.id(), evidence);
    }
}
