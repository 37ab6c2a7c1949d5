package io.trunkline.diagnostics.internal.diagnose;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.finding.Finding;
import io.trunkline.core.finding.FindingCode;
import io.trunkline.core.internal.finding.FindingList;
import io.trunkline.core.validation.Diagnostic;
import io.trunkline.core.validation.Rule;
import io.trunkline.core.validation.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns the plan's validation diagnostics into findings. The rules are not re-implemented here:
 * {@code plan.validate()} is the single source, and this class only adds, for the rules that
 * explain failing calls, what the failure looks like on a real call.
 */
public final class PlanFindings {

    private static final Map<Rule, FindingCode> CODES = new EnumMap<>(Rule.class);
    private static final Map<FindingCode, String> CAUSES = new EnumMap<>(FindingCode.class);

    static {
        map(FindingCode.DID_MISMATCH, "Aircall sends the DID as the INVITE Request-URI and Synthflow looks it up"
                + " among its SIP numbers: a call to another number matches no assistant and is rejected", Rule.DID_MISMATCH);
        map(FindingCode.PORT_TRANSPORT_MISMATCH, "Aircall would send SIP to a port where Synthflow does not listen"
                + " for this transport, so calls time out or are refused before reaching the AI",
                Rule.PORT_TRANSPORT_MISMATCH, Rule.PORT_OVERRIDDEN);
        map(FindingCode.TRANSFER_USES_REFER, "a cold transfer makes Synthflow send SIP REFER, which Aircall does not"
                + " support: the transfer fails and the caller stays with the AI or is cut off", Rule.TRANSFER_REFER_UNSUPPORTED);
        map(FindingCode.BUSINESS_HOURS_AFTER_SIP, "every call is forwarded to the AI before the hours are checked, so"
                + " the condition never routes a call to the agents", Rule.BUSINESS_HOURS_AFTER_SIP);
        map(FindingCode.AI_HOURS_MISROUTED, "the Smartflow sends calls to the AI at hours it is not meant to answer,"
                + " or never at the hours it is", Rule.AI_ON_WRONG_BRANCH, Rule.AI_BRANCH_WITHOUT_FORWARD,
                Rule.AI_HOURS_WITHOUT_CONDITION);
        map(FindingCode.FALLBACK_MISSING, "when Synthflow does not answer within the timeout (not registered,"
                + " unreachable, overloaded) the call has nowhere to go and is dropped", Rule.FORWARD_FALLBACK_MISSING);
        map(FindingCode.CREDENTIALS_MISMATCH, "Aircall and Synthflow hold different SIP credentials: digest"
                + " authentication fails (401/407) and registration does not settle", Rule.CREDENTIALS_MISMATCH);
    }

    private PlanFindings() {
    }

    /**
     * A vendor caveat to confirm with a test call (the phone-number transfer route) is information
     * for troubleshooting, not a fault of the plan; other warnings stay warnings.
     */
    private static Finding.Severity severity(Diagnostic d) {
        if (d.severity() == Severity.ERROR) {
            return Finding.Severity.ERROR;
        }
        return d.rule() == Rule.TRANSFER_TEL_OVER_CUSTOM_TRUNK ? Finding.Severity.INFO : Finding.Severity.WARNING;
    }

    private static void map(FindingCode code, String cause, Rule... rules) {
        for (Rule rule : rules) {
            CODES.put(rule, code);
        }
        CAUSES.put(code, cause);
    }

    /**
     * @param plan the plan, valid or not
     * @param findings where to add the findings
     */
    public static void check(IntegrationPlan plan, FindingList findings) {
        for (Diagnostic d : plan.validate().diagnostics()) {
            FindingCode code = CODES.getOrDefault(d.rule(), FindingCode.PLAN_VALIDATION);
            String cause = code == FindingCode.PLAN_VALIDATION ? d.rule().summary() : CAUSES.get(code);
            findings.add(code, severity(d),
                    "plan validation " + d.code() + " at " + d.path() + ": " + d.message(), cause, d.fix());
        }
    }
}
