package io.trunkline.core.internal.validation;

import io.trunkline.core.internal.diagnostic.DiagnosticList;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.internal.text.Printable;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.SipUri;
import io.trunkline.core.diagnostic.DiagnosticCode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Rules for the Synthflow Custom/SIP number. */
final class SipNumberRules {

    static final Duration MIN_EXPIRY = Duration.ofSeconds(60);
    static final Duration MAX_EXPIRY = Duration.ofSeconds(3600);

    private SipNumberRules() {
    }

    static void check(IntegrationPlan plan, SipNumber number, DiagnosticList findings) {
        checkDid(plan, number, findings);
        checkTerminationUri(number.terminationUri(), findings);
        if (number.outboundProxy() != null) {
            String problem = SipUri.problemWith(number.outboundProxy());
            if (problem != null) {
                findings.error(DiagnosticCode.OUTBOUND_PROXY_INVALID, "sipNumber.outboundProxy", problem,
                        "write it as sip:host:port, e.g. sip:proxy.example.com:5060;transport=tcp, or leave it unset");
            }
        }
        checkTrunkCredentials(number, findings);
        checkRegistration(number, findings);
        checkSameCredentials(plan, number, findings);
    }

    private static void checkDid(IntegrationPlan plan, SipNumber number, DiagnosticList findings) {
        if (number.did() == null || number.did().equals(plan.did())) {
            return; // inherited from (or identical to) the plan's DID: already reported on "did"
        }
        if (!DidFormat.check(number.did(), "sipNumber.did", findings)) {
            return;
        }
        if (plan.did() != null && PhoneNumber.problemWith(plan.did()) == null
                && !PhoneNumber.parse(plan.did()).equals(PhoneNumber.parse(number.did()))) {
            findings.error(DiagnosticCode.DID_MISMATCH, "sipNumber.did",
                    "the Synthflow SIP number " + PhoneNumber.parse(number.did()) + " differs from the Aircall DID "
                            + PhoneNumber.parse(plan.did()) + "; Aircall sends the DID as the Request-URI, so calls would not match",
                    "use the same DID on both sides, or leave sipNumber.did unset to inherit the plan's DID");
        }
    }

    private static void checkTerminationUri(String uri, DiagnosticList findings) {
        if (uri == null || uri.isBlank()) {
            findings.error(DiagnosticCode.TERMINATION_URI_MISSING, "sipNumber.terminationUri",
                    "the SIP number has no termination URI; Synthflow rejects custom numbers without one",
                    "set .terminationUri(...) to the Aircall SIP address that receives transfers and outbound calls");
            return;
        }
        SipUri parsed;
        try {
            parsed = SipUri.parseDomainOrUri(uri);
        } catch (io.trunkline.core.exception.InvalidConfigurationException e) {
            findings.error(DiagnosticCode.TERMINATION_URI_INVALID, "sipNumber.terminationUri", e.getMessage(),
                    "write a SIP URI or domain, e.g. sip:pbx.example.com");
            return;
        }
        String host = parsed.host().toLowerCase(Locale.ROOT);
        if (host.equals("synthflow.ai") || host.endsWith(".synthflow.ai") || host.equals("34.138.86.8")) {
            findings.error(DiagnosticCode.TERMINATION_URI_LOOPS_TO_SYNTHFLOW, "sipNumber.terminationUri",
                    "the termination URI points to Synthflow (" + parsed.host() + "), so transfers would loop back to the AI",
                    "point it back to Aircall: the SIP address Aircall gave you for inbound SIP");
        }
    }

    private static void checkTrunkCredentials(SipNumber number, DiagnosticList findings) {
        SipAuth.Credentials credentials = number.credentials();
        if (credentials != null && (credentials.username() == null || credentials.username().isBlank())) {
            findings.error(DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE, "sipNumber.credentials.username",
                    "the trunk credentials have " + (credentials.username() == null ? "no" : "a blank") + " username",
                    "copy the SIP username from the Synthflow SIP number settings");
        }
        if (credentials != null && credentials.password() == null) {
            findings.error(DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE, "sipNumber.credentials.password",
                    "the trunk credentials have no password",
                    "pass the SIP password from the Synthflow SIP number settings, e.g. Secret.fromEnv(\"SIP_PASSWORD\")");
        }
        if (credentials == null && number.authUsername() != null) {
            // an auth username alone cannot REGISTER or answer a digest challenge: it needs the trunk password
            findings.error(DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE, "sipNumber.credentials",
                    "an auth username is set but the SIP number has no trunk username and password",
                    "set .credentials(SipAuth.credentials(user, password)), or remove authUsername");
        }
    }

    private static void checkRegistration(SipNumber number, DiagnosticList findings) {
        if (number.registrationEnabled() && number.credentials() == null) {
            findings.error(DiagnosticCode.REGISTRATION_WITHOUT_CREDENTIALS, "sipNumber.credentials",
                    "REGISTER is enabled but the SIP number has no trunk credentials",
                    "set .credentials(SipAuth.credentials(user, password)) or disable registration");
        }
        Duration expiry = number.registrationExpiry();
        if (expiry != null && (expiry.compareTo(MIN_EXPIRY) < 0 || expiry.compareTo(MAX_EXPIRY) > 0)) {
            findings.error(DiagnosticCode.REGISTRATION_EXPIRY_OUT_OF_RANGE, "sipNumber.registrationExpiry",
                    "expiry " + expiry.toSeconds() + " s is outside 60-3600 s",
                    "use 300 seconds (Synthflow's default) or leave it unset");
        } else {
            Durations.reportFraction(expiry, "sipNumber.registrationExpiry", "registration expiry", findings);
        }
    }

    private static void checkSameCredentials(IntegrationPlan plan, SipNumber number, DiagnosticList findings) {
        if (plan.destination().isEmpty() || !(plan.destination().get().auth() instanceof SipAuth.Credentials aircall)) {
            return;
        }
        SipAuth.Credentials synthflow = number.credentials();
        if (synthflow == null) {
            findings.error(DiagnosticCode.CREDENTIALS_MISMATCH, "sipNumber.credentials",
                    "the Aircall destination uses credentials but the Synthflow SIP number has none",
                    "set the same username and password on sipNumber.credentials");
            return;
        }
        if (!Objects.equals(aircall.username(), synthflow.username())) {
            findings.error(DiagnosticCode.CREDENTIALS_MISMATCH, "sipNumber.credentials.username",
                    "the SIP usernames differ between the Aircall destination (" + Printable.quote(aircall.username())
                            + ") and the Synthflow SIP number (" + Printable.quote(synthflow.username()) + ")",
                    "use the username from the Synthflow SIP number on both sides");
        }
        if (aircall.password() != null && synthflow.password() != null && !aircall.password().matches(synthflow.password())) {
            findings.error(DiagnosticCode.CREDENTIALS_MISMATCH, "sipNumber.credentials.password",
                    "the SIP passwords differ between the Aircall destination and the Synthflow SIP number",
                    "copy the password from the Synthflow SIP number precisely; a mismatch makes registration fail");
        }
    }
}
