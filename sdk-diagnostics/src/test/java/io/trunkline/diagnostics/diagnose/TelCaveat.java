package io.trunkline.diagnostics.diagnose;

import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;

/**
 * The guide's plans transfer by phone number, so Diagnose repeats validation's
 * {@link DiagnosticCode#TRANSFER_TEL_OVER_CUSTOM_TRUNK} caveat for them. Tests about other evidence set it
 * apart; {@code DiagnosePlanTest} checks that it is reported.
 */
final class TelCaveat {

    private TelCaveat() {
    }

    /** @return whether a finding is the phone-number transfer caveat */
    static boolean is(Diagnostic finding) {
        return finding.code() == DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK;
    }

    /** @return the findings without the caveat */
    static Diagnose.Findings apart(Diagnose.Findings findings) {
        return new Diagnose.Findings(findings.all().stream().filter(f -> !is(f)).toList());
    }
}
