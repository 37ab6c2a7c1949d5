package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.diagnostic.DiagnosticCode;
import java.math.BigDecimal;
import java.time.Duration;

/** The check shared by every duration the vendors store in whole seconds. */
final class Durations {

    private Durations() {
    }

    /**
     * Reports a fraction of a second: Aircall's Smartflow and Synthflow's API take whole seconds, so
     * 20.5 s would silently become 20 s (and the runbook would say so).
     *
     * @return whether {@code value} had a fraction and was reported
     */
    static boolean reportFraction(Duration value, String path, String field, DiagnosticList findings) {
        if (value == null || value.getNano() == 0) {
            return false;
        }
        long down = value.getSeconds();
        String seconds = BigDecimal.valueOf(down).add(BigDecimal.valueOf(value.getNano(), 9)).stripTrailingZeros().toPlainString();
        findings.error(DiagnosticCode.DURATION_NOT_WHOLE_SECONDS, path,
                "the " + field + " " + seconds + " s has a fraction of a second, which would be dropped to " + down + " s",
                "use whole seconds, e.g. Duration.ofSeconds(" + down + ")"
                        + (down == Long.MAX_VALUE ? "" : " or Duration.ofSeconds(" + (down + 1) + ")"));
        return true;
    }
}
