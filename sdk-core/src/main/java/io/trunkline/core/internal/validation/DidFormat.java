package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.diagnostic.DiagnosticCode;

/** Reports a DID that does not parse, with the rule that fits and an example from its own country. */
final class DidFormat {

    private DidFormat() {
    }

    /** @return whether {@code did} parsed; otherwise one finding was added at {@code path} */
    static boolean check(String did, String path, DiagnosticList findings) {
        try {
            PhoneNumber.parse(did);
            return true;
        } catch (NumberingPlanException e) {
            String fix = e.code() == DiagnosticCode.DID_TRUNK_PREFIX
                    ? "drop the trunk prefix after the country code, as shown, and check the number against the Aircall line"
                    : "check the country code against the Aircall line; write the DID in E.164 form, e.g. "
                            + CallingCodes.DEFAULT_EXAMPLE;
            findings.error(e.code(), path, e.getMessage(), fix);
        } catch (InvalidConfigurationException e) {
            findings.error(DiagnosticCode.DID_FORMAT, path, e.getMessage(),
                    "write the DID in E.164 form, e.g. " + CallingCodes.exampleFor(did));
        }
        return false;
    }
}
