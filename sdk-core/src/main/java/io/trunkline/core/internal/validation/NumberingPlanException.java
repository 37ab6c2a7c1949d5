package io.trunkline.core.internal.validation;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.diagnostic.DiagnosticCode;

/**
 * A phone number that is well formed but impossible in the numbering plan: an unassigned country
 * code, or a national trunk prefix kept after the country code. Thrown as an
 * {@link InvalidConfigurationException} by {@code PhoneNumber.parse}; the code lets validation give it
 * its own code.
 */
public final class NumberingPlanException extends InvalidConfigurationException {

    private static final long serialVersionUID = 1L;

    private final transient DiagnosticCode code;

    NumberingPlanException(String message, DiagnosticCode code) {
        super(message);
        this.code = code;
    }

    /**
     * Checks a number already in E.164 form against the numbering plan.
     *
     * @param e164 e.g. {@code +442079460958}
     * @param prefix the start of the message, e.g. {@code "phone number '+44 020 7946 0958' "}
     * @throws NumberingPlanException when the country code is unassigned or a trunk prefix was kept
     */
    public static void check(String e164, String prefix) {
        CallingCodes.Problem problem = CallingCodes.problemWith(e164);
        if (problem != null) {
            throw new NumberingPlanException(prefix + problem.text(),
                    problem.trunkPrefix() ? DiagnosticCode.DID_TRUNK_PREFIX : DiagnosticCode.DID_COUNTRY_CODE_UNASSIGNED);
        }
    }

    /** @return {@link DiagnosticCode#DID_COUNTRY_CODE_UNASSIGNED} or {@link DiagnosticCode#DID_TRUNK_PREFIX} */
    public DiagnosticCode code() {
        return code;
    }
}
