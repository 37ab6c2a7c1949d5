package io.trunkline.core.spi;

import java.util.Objects;

/**
 * One choice Trunkline makes where a vendor's documentation is silent: an entry of the assumption
 * ledger ({@code docs/vendor-assumptions.md}). Each vendor module keeps its entries in one class
 * and checks them live with a read-only preflight ({@link AssumptionVerdict}).
 *
 * @param id a stable identifier, e.g. {@code SF-LIVE-TRANSFER-READBACK}, quoted in errors that
 *     contradict the entry
 * @param statement what Trunkline assumes
 * @param source what suggests it (a documentation page, an example, a client library)
 * @param ifFalse what would break if it were false
 * @param behaviour what the SDK does so that it stays safe either way
 * @param liveCheck how a preflight or a test call checks it against a real account
 */
public record VendorAssumption(String id, String statement, String source, String ifFalse, String behaviour,
                               String liveCheck) {

    /**
     * Checks that every part is present.
     *
     * @param id a stable identifier, e.g. {@code SF-LIVE-TRANSFER-READBACK}, quoted in errors that
     *     contradict the entry
     * @param statement what Trunkline assumes
     * @param source what suggests it (a documentation page, an example, a client library)
     * @param ifFalse what would break if it were false
     * @param behaviour what the SDK does so that it stays safe either way
     * @param liveCheck how a preflight or a test call checks it against a real account
     */
    public VendorAssumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ifFalse, "ifFalse");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(liveCheck, "liveCheck");
    }

    /** @return the id and the statement */
    @Override
    public String toString() {
        return id + ": " + statement;
    }
}
