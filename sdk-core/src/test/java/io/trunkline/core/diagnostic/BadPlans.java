package io.trunkline.core.diagnostic;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.AssistantRef;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SipDestination;
import io.trunkline.core.model.SipNumber;
import io.trunkline.core.model.Smartflow;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferMode;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.model.Transport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The table of bad plans: each starts from a guide happy path ({@link GuidePlans}), breaks one thing,
 * and names the rule, severity and field path that must report it. {@link RuleCatalogTest} runs every
 * case and checks that every {@link DiagnosticCode} has at least one.
 */
final class BadPlans {

    /** A password that must never appear in a diagnostic, distinct from the fixtures' own. */
    static final String URI_PASSWORD = "hunter2-in-the-uri";

    /**
     * One bad plan and what validation must say about it.
     *
     * @param description what was broken, shown as the test name
     * @param code the code of the rule that must fire
     * @param severity its severity
     * @param path the exact field path
     * @param fragment a fragment the message must contain, or {@code null}
     * @param plan builds the bad plan
     */
    record Case(String description, DiagnosticCode code, Severity severity, String path, String fragment,
                Supplier<IntegrationPlan> plan) {

        Case saying(String messageFragment) {
            return new Case(description, code, severity, path, messageFragment, plan);
        }

        @Override
        public String toString() {
            return code + " at " + path + " <- " + description;
        }
    }

    private BadPlans() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        did(cases);
        destination(cases);
        allowlistAndCredentials(cases);
        forwardStep(cases);
        businessHours(cases);
        sipNumber(cases);
        assistant(cases);
        transfers(cases);
        return List.copyOf(cases);
    }

    private static void did(List<Case> c) {
        c.add(error("no DID", DiagnosticCode.DID_MISSING, "did", () -> base().did((String) null).build()));
        c.add(error("whitespace-only DID", DiagnosticCode.DID_MISSING, "did", () -> base().did("  \t ").build()));
        c.add(error("national French format", DiagnosticCode.DID_FORMAT, "did", () -> base().did("01 23 45 67 89").build())
                .saying("no leading +"));
        c.add(error("unassigned country code", DiagnosticCode.DID_COUNTRY_CODE_UNASSIGNED, "did",
                () -> base().did("+999 123 4567 89").build()).saying("+999, which is not an assigned country code"));
        c.add(error("Andorran number with a 0 after +376", DiagnosticCode.DID_TRUNK_PREFIX, "did",
                () -> base().did("+376 0712345").build()).saying("drop that 0 (e.g. +376712345)"));
        c.add(error("UK number keeping its trunk 0", DiagnosticCode.DID_TRUNK_PREFIX, "sipNumber.did",
                () -> sipNumber(n -> n.did("+44 020 7946 0958"))).saying("trunk prefix 0 after the country code +44"));
        c.add(error("00 international prefix", DiagnosticCode.DID_FORMAT, "did", () -> base().did("0033 1 23 45 67 89").build())
                .saying("replace 00 with +"));
        c.add(error("extension after the number", DiagnosticCode.DID_FORMAT, "did",
                () -> base().did("+33 1 23 45 67 89 ext 12").build()).saying("extensions"));
        c.add(error("national trunk prefix kept as (0)", DiagnosticCode.DID_FORMAT, "did",
                () -> base().did("+33 (0)1 23 45 67 89").build()).saying("(0)"));
        c.add(error("Arabic-Indic digits", DiagnosticCode.DID_FORMAT, "did",
                () -> base().did("+٣٣١٢٣٤٥٦٧٨٩").build()).saying("non-ASCII digit U+0663"));
        c.add(error("SIP number DID without +", DiagnosticCode.DID_FORMAT, "sipNumber.did",
                () -> sipNumber(n -> n.did("33123456789"))).saying("no leading +"));
        c.add(error("SIP number DID differs from the Aircall DID", DiagnosticCode.DID_MISMATCH, "sipNumber.did",
                () -> sipNumber(n -> n.did("+33 1 23 45 67 80"))).saying("+33123456780"));
    }

    private static void destination(List<Case> c) {
        c.add(error("no destination", DiagnosticCode.DESTINATION_MISSING, "destination", () -> base().destination(null).build()));
        c.add(error("blank destination name", DiagnosticCode.DESTINATION_NAME_MISSING, "destination.name",
                () -> destination(d -> d.name(" "))));
        c.add(error("null destination name", DiagnosticCode.DESTINATION_NAME_MISSING, "destination.name",
                () -> destination(d -> d.name(null))));
        c.add(error("host with sip: scheme", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("sip:sip.synthflow.ai"))).saying("'sip:sip.synthflow.ai'"));
        c.add(error("host with a port", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("sip.synthflow.ai:32681"))).saying("port"));
        c.add(error("host with a space", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("sip synthflow.ai"))));
        c.add(error("host with a trailing space", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("sip.synthflow.ai "))));
        c.add(error("null host", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host(null))).saying("(none)"));
        c.add(error("IPv6 host without brackets", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("2001:db8::1"))));
        c.add(error("host with a zero-width space", DiagnosticCode.DESTINATION_HOST_INVALID, "destination.host",
                () -> destination(d -> d.host("sip.synth\u200Bflow.ai"))).saying("U+200B"));
        c.add(warning("host of another provider", DiagnosticCode.DESTINATION_HOST_NOT_SYNTHFLOW, "destination.host",
                () -> destination(d -> d.host("sip.example.com"))));
        c.add(warning("look-alike Synthflow host", DiagnosticCode.DESTINATION_HOST_NOT_SYNTHFLOW, "destination.host",
                () -> destination(d -> d.host("sip.synthflow.ai.example.com"))));
        c.add(error("port 0", DiagnosticCode.PORT_OUT_OF_RANGE, "destination.port", () -> destination(d -> d.port(0)))
                .saying("outside 1-65535"));
        c.add(error("port 70000 even as an override", DiagnosticCode.PORT_OUT_OF_RANGE, "destination.port",
                () -> destination(d -> d.portOverride(70000))));
        c.add(error("TLS on the UDP/TCP port", DiagnosticCode.PORT_TRANSPORT_MISMATCH, "destination.port",
                () -> destination(d -> d.transport(Transport.TLS).port(Transport.PLAIN_PORT))).saying("32681"));
        c.add(error("UDP on the classic SIP port", DiagnosticCode.PORT_TRANSPORT_MISMATCH, "destination.port",
                () -> destination(d -> d.port(5060))));
        c.add(warning("deliberate port override", DiagnosticCode.PORT_OVERRIDDEN, "destination.port",
                () -> destination(d -> d.portOverride(5060))));
        c.add(error("no authentication", DiagnosticCode.AUTH_MISSING, "destination.auth", () -> destination(d -> d.auth(null))));
        c.add(error("null transport", DiagnosticCode.TRANSPORT_MISSING, "destination.transport",
                () -> destination(d -> d.transport(null))).saying("no transport"));
    }

    private static void allowlistAndCredentials(List<Case> c) {
        c.add(error("SIP URI in the allowlist", DiagnosticCode.ALLOWLIST_ENTRY_IS_URI, "destination.auth.allowlist[0]",
                () -> allowlist("sip:1.2.3.4")).saying("'sip:1.2.3.4' is a SIP URI, not an IP address; an allowlist "
                + "holds bare addresses: write 1.2.3.4"));
        c.add(error("URI with a password in the allowlist", DiagnosticCode.ALLOWLIST_ENTRY_IS_URI, "destination.auth.allowlist[1]",
                () -> allowlist("34.138.86.8", "sip:trunk:" + URI_PASSWORD + "@34.138.86.9")).saying("write 34.138.86.9"));
        c.add(error("null allowlist", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[0]",
                () -> allowlist((String[]) null)));
        c.add(error("null allowlist entry", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[1]",
                () -> allowlist("34.138.86.8", null)).saying("is empty"));
        c.add(error("null destination username", DiagnosticCode.CREDENTIALS_USERNAME_BLANK, "destination.auth.username",
                () -> destination(d -> d.auth(SipAuth.credentials(null, Secret.of("pw"))))).saying("missing"));
        c.add(error("null destination password", DiagnosticCode.CREDENTIALS_PASSWORD_MISSING, "destination.auth.password",
                () -> destination(d -> d.auth(SipAuth.credentials("user", null)))).saying("password is missing"));
        c.add(error("empty allowlist", DiagnosticCode.ALLOWLIST_EMPTY, "destination.auth.allowlist", () -> allowlist()));
        c.add(error("host name in the allowlist", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[1]",
                () -> allowlist("34.138.86.8", "sip.synthflow.ai")).saying("host names"));
        c.add(error("octet over 255", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[0]",
                () -> allowlist("34.138.86.256")).saying("'256'"));
        c.add(error("leading-zero octet", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[0]",
                () -> allowlist("034.138.86.8")).saying("'034'"));
        c.add(error("CIDR prefix /33", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[0]",
                () -> allowlist("34.138.86.0/33")).saying("/0 to /32"));
        c.add(error("trailing space in an entry", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[2]",
                () -> allowlist("34.138.86.8", "34.73.190.0/24", "35.0.0.1 ")).saying("whitespace"));
        c.add(error("bracketed IPv6 entry", DiagnosticCode.ALLOWLIST_ENTRY_INVALID, "destination.auth.allowlist[0]",
                () -> allowlist("[2001:db8::1]")).saying("brackets"));
        c.add(warning("private range", DiagnosticCode.ALLOWLIST_ENTRY_PRIVATE, "destination.auth.allowlist[1]",
                () -> allowlist("34.138.86.8", "10.0.0.0/8")));
        c.add(warning("loopback address", DiagnosticCode.ALLOWLIST_ENTRY_PRIVATE, "destination.auth.allowlist[0]",
                () -> allowlist("127.0.0.1")));
        c.add(warning("IPv6 unique-local range", DiagnosticCode.ALLOWLIST_ENTRY_PRIVATE, "destination.auth.allowlist[0]",
                () -> allowlist("fd12:3456:789a::/48")));
        c.add(warning("same address twice, once as /32", DiagnosticCode.ALLOWLIST_ENTRY_DUPLICATE, "destination.auth.allowlist[1]",
                () -> allowlist("34.138.86.8", "34.138.86.8/32")));
        c.add(error("blank username on the destination", DiagnosticCode.CREDENTIALS_USERNAME_BLANK, "destination.auth.username",
                () -> credentialPlan(" ", GuidePlans.SIP_PASSWORD, "aircall-trunk", GuidePlans.SIP_PASSWORD)));
        c.add(error("SIP number without the credentials the destination uses", DiagnosticCode.CREDENTIALS_MISMATCH,
                "sipNumber.credentials", () -> GuidePlans.credentialsAfterHours()
                        .sipNumber(SipNumber.builder().terminationUri("sip:aircall-pbx.example.com").build()).build()));
        c.add(error("usernames differ", DiagnosticCode.CREDENTIALS_MISMATCH, "sipNumber.credentials.username",
                () -> credentialPlan("aircall-trunk", GuidePlans.SIP_PASSWORD, "aircall-trunk2", GuidePlans.SIP_PASSWORD)));
        c.add(error("passwords differ", DiagnosticCode.CREDENTIALS_MISMATCH, "sipNumber.credentials.password",
                () -> credentialPlan("aircall-trunk", GuidePlans.SIP_PASSWORD, "aircall-trunk", GuidePlans.SIP_PASSWORD + "x")));
    }

    private static void forwardStep(List<Case> c) {
        c.add(error("forward timeout of 20.5 s", DiagnosticCode.DURATION_NOT_WHOLE_SECONDS, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(Duration.ofMillis(20_500)))))
                .saying("the forward timeout 20.5 s has a fraction of a second, which would be dropped to 20 s"));
        c.add(error("transfer timeout of 29.999 s", DiagnosticCode.DURATION_NOT_WHOLE_SECONDS, "transferTargets[0].timeout",
                () -> transfers(TransferTarget.line(1234).timeout(Duration.ofMillis(29_999)).build())).saying("29.999 s"));
        c.add(error("registration expiry of 300.5 s", DiagnosticCode.DURATION_NOT_WHOLE_SECONDS, "sipNumber.registrationExpiry",
                () -> sipNumber(n -> n.registrationExpiry(Duration.ofMillis(300_500)))).saying("300.5 s"));
        c.add(error("no smartflow", DiagnosticCode.SMARTFLOW_MISSING, "smartflow", () -> base().smartflow(null).build()));
        c.add(error("smartflow only rings a team", DiagnosticCode.FORWARD_STEP_MISSING, "smartflow.steps",
                () -> steps(SmartflowStep.ringTeam(678))));
        c.add(error("empty smartflow", DiagnosticCode.FORWARD_STEP_MISSING, "smartflow.steps", () -> steps()));
        c.add(error("only forward step sits after a business-hours condition", DiagnosticCode.FORWARD_STEP_MISSING,
                "smartflow.steps", () -> steps(
                        SmartflowStep.businessHours("Europe/Paris").weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                                .whenOpen(SmartflowStep.ringTeam(678)).whenClosed(SmartflowStep.voicemail()).build(),
                        forward(f -> { }))).saying("reachable"));
        c.add(error("forward step names another destination", DiagnosticCode.FORWARD_UNKNOWN_DESTINATION,
                "smartflow.steps[0].destination", () -> steps(SmartflowStep.forwardToSip("Synthflow")
                        .fallback(SmartflowStep.ringTeam(678)).build())).saying("'Synthflow'"));
        c.add(error("forward step name differs in case", DiagnosticCode.FORWARD_UNKNOWN_DESTINATION,
                "smartflow.steps[0].destination", () -> steps(SmartflowStep.forwardToSip("synthflow ai")
                        .fallback(SmartflowStep.ringTeam(678)).build())));
        c.add(error("forward step without fallback", DiagnosticCode.FORWARD_FALLBACK_MISSING, "smartflow.steps[0].fallback",
                () -> steps(forward(f -> f.fallback(null)))));
        c.add(error("forward step without timeout", DiagnosticCode.FORWARD_TIMEOUT_MISSING, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(null)))));
        c.add(error("3 s timeout", DiagnosticCode.FORWARD_TIMEOUT_OUT_OF_RANGE, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(Duration.ofSeconds(3))))).saying("3 s is outside 5-120 s"));
        c.add(error("5 minute timeout", DiagnosticCode.FORWARD_TIMEOUT_OUT_OF_RANGE, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(Duration.ofMinutes(5))))));
        c.add(error("negative timeout", DiagnosticCode.FORWARD_TIMEOUT_OUT_OF_RANGE, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(Duration.ofSeconds(-30))))));
        c.add(warning("45 s timeout", DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED, "smartflow.steps[0].timeout",
                () -> steps(forward(f -> f.timeout(Duration.ofSeconds(45))))).saying("recommended 30 s"));
        c.add(warning("step after the forward step", DiagnosticCode.STEP_UNREACHABLE, "smartflow.steps[1]",
                () -> steps(forward(f -> { }), SmartflowStep.ringTeam(678))));
        c.add(error("fallback team 0", DiagnosticCode.ROUTE_ID_NOT_POSITIVE, "smartflow.steps[0].fallback",
                () -> steps(forward(f -> f.fallback(SmartflowStep.ringTeam(0))))));
        c.add(error("fallback user -5", DiagnosticCode.ROUTE_ID_NOT_POSITIVE, "smartflow.steps[0].fallback",
                () -> steps(forward(f -> f.fallback(SmartflowStep.ringUser(-5))))).saying("-5"));
    }

    private static void businessHours(List<Case> c) {
        c.add(error("null step", DiagnosticCode.SMARTFLOW_STEP_MISSING, "smartflow.steps[0]",
                () -> steps((SmartflowStep) null)));
        c.add(error("null step list", DiagnosticCode.SMARTFLOW_STEP_MISSING, "smartflow.steps[0]",
                () -> base().smartflow(Smartflow.builder().steps(null).build()).build()));
        c.add(error("null step in a branch", DiagnosticCode.SMARTFLOW_STEP_MISSING, "smartflow.steps[0].whenOpen[1]",
                () -> steps(officeHours("Europe/Paris", h -> h.whenOpen((SmartflowStep) null)))));
        c.add(error("weekdays without times", DiagnosticCode.BUSINESS_HOURS_INTERVAL_INCOMPLETE, "smartflow.steps[0].openingHours[5]",
                () -> steps(officeHours("Europe/Paris", h -> h.weekdays(null, null))))
                .saying("on MONDAY has no opening time and no closing time"));
        c.add(error("opening interval without a day", DiagnosticCode.BUSINESS_HOURS_INTERVAL_INCOMPLETE,
                "smartflow.steps[0].openingHours[5]",
                () -> steps(officeHours("Europe/Paris", h -> h.open(null, LocalTime.of(9, 0), LocalTime.of(12, 0)))))
                .saying("has no weekday"));
        c.add(error("business hours after the SIP step", DiagnosticCode.BUSINESS_HOURS_AFTER_SIP, "smartflow.steps[1]",
                () -> steps(forward(f -> { }), officeHours("Europe/Paris", b -> { }))));
        c.add(error("time zone is a city name", DiagnosticCode.BUSINESS_HOURS_TIME_ZONE_INVALID, "smartflow.steps[0].timeZone",
                () -> steps(officeHours("Paris", b -> { }))).saying("'Paris'"));
        c.add(error("time zone is a fixed offset", DiagnosticCode.BUSINESS_HOURS_TIME_ZONE_INVALID, "smartflow.steps[0].timeZone",
                () -> steps(officeHours("+01:00", b -> { }))));
        c.add(error("time zone is missing", DiagnosticCode.BUSINESS_HOURS_TIME_ZONE_INVALID, "smartflow.steps[0].timeZone",
                () -> steps(officeHours(null, b -> { }))));
        c.add(error("no opening hours", DiagnosticCode.BUSINESS_HOURS_EMPTY, "smartflow.steps[0].openingHours",
                () -> steps(SmartflowStep.businessHours("Europe/Paris").whenOpen(SmartflowStep.ringTeam(678))
                        .whenClosed(forward(f -> { })).build())));
        c.add(error("interval closes before it opens", DiagnosticCode.BUSINESS_HOURS_INTERVAL_INVALID,
                "smartflow.steps[0].openingHours[5]", () -> steps(officeHours("Europe/Paris",
                        b -> b.open(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)))))
                .saying("SATURDAY 18:00-09:00"));
        c.add(error("Monday evening overlaps Monday office hours", DiagnosticCode.BUSINESS_HOURS_OVERLAP,
                "smartflow.steps[0].openingHours[5]", () -> steps(officeHours("Europe/Paris",
                        b -> b.open(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(20, 0)))))
                .saying("openingHours[0]"));
        c.add(error("AI in the open branch of an after-hours flow", DiagnosticCode.AI_ON_WRONG_BRANCH,
                "smartflow.steps[0].whenOpen[0]", () -> steps(SmartflowStep.businessHours("Europe/Paris")
                        .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                        .whenOpen(forward(f -> { })).whenClosed(SmartflowStep.voicemail()).build())));
        c.add(error("after-hours flow whose closed branch never reaches the AI", DiagnosticCode.AI_BRANCH_WITHOUT_FORWARD,
                "smartflow.steps[0].whenClosed", () -> steps(SmartflowStep.businessHours("Europe/Paris")
                        .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                        .whenOpen(forward(f -> { })).whenClosed(SmartflowStep.voicemail()).build())));
        c.add(error("AI always, but only the closed branch forwards", DiagnosticCode.AI_BRANCH_WITHOUT_FORWARD,
                "smartflow.steps[0].whenOpen", () -> base().smartflow(Smartflow.builder()
                        .addStep(officeHours("Europe/Paris", b -> { })).aiHours(Smartflow.AiHours.ALWAYS).build())
                        .build()));
        c.add(error("AI during business hours but only the closed branch forwards", DiagnosticCode.AI_ON_WRONG_BRANCH,
                "smartflow.steps[0].whenClosed[0]", () -> base().smartflow(Smartflow.builder()
                        .addStep(officeHours("Europe/Paris", b -> { }))
                        .aiHours(Smartflow.AiHours.DURING_BUSINESS_HOURS).build()).build()));
        c.add(error("after-hours AI without any business-hours condition", DiagnosticCode.AI_HOURS_WITHOUT_CONDITION,
                "smartflow.aiHours", () -> base().smartflow(Smartflow.builder().addStep(forward(f -> { }))
                        .aiHours(Smartflow.AiHours.OUTSIDE_BUSINESS_HOURS).build()).build()));
    }

    private static void sipNumber(List<Case> c) {
        c.add(error("no SIP number", DiagnosticCode.SIP_NUMBER_MISSING, "sipNumber", () -> base().sipNumber(null).build()));
        c.add(error("trunk credentials without a password", DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE,
                "sipNumber.credentials.password", () -> sipNumber(n -> n.credentials(SipAuth.credentials("user", null))))
                .saying("no password"));
        c.add(error("trunk credentials without a username", DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE,
                "sipNumber.credentials.username",
                () -> sipNumber(n -> n.credentials(SipAuth.credentials(null, Secret.of("pw"))))).saying("no username"));
        c.add(error("no termination URI", DiagnosticCode.TERMINATION_URI_MISSING, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri(null))));
        c.add(error("blank termination URI", DiagnosticCode.TERMINATION_URI_MISSING, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri("   "))));
        c.add(error("credentials inside the termination URI", DiagnosticCode.TERMINATION_URI_INVALID, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri("sip:trunk:" + URI_PASSWORD + "@aircall-pbx.example.com")))
                .saying("credentials"));
        c.add(error("http URL as termination URI", DiagnosticCode.TERMINATION_URI_INVALID, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri("https://aircall-pbx.example.com"))));
        c.add(error("sips: URI with transport=udp", DiagnosticCode.TERMINATION_URI_INVALID, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri("sips:aircall-pbx.example.com;transport=udp"))).saying("TLS"));
        c.add(error("termination port out of range", DiagnosticCode.TERMINATION_URI_INVALID, "sipNumber.terminationUri",
                () -> sipNumber(n -> n.terminationUri("sip:aircall-pbx.example.com:99999"))).saying("99999"));
        c.add(error("termination URI pointing at Synthflow", DiagnosticCode.TERMINATION_URI_LOOPS_TO_SYNTHFLOW,
                "sipNumber.terminationUri", () -> sipNumber(n -> n.terminationUri("sip:sip.synthflow.ai"))));
        c.add(error("termination domain is a regional Synthflow host", DiagnosticCode.TERMINATION_URI_LOOPS_TO_SYNTHFLOW,
                "sipNumber.terminationUri", () -> sipNumber(n -> n.terminationUri("SIP.EU.SYNTHFLOW.AI:32681"))));
        c.add(error("outbound proxy without scheme", DiagnosticCode.OUTBOUND_PROXY_INVALID, "sipNumber.outboundProxy",
                () -> sipNumber(n -> n.outboundProxy("proxy.example.com:5060"))).saying("sip:"));
        c.add(error("outbound proxy with unbracketed IPv6 and port", DiagnosticCode.OUTBOUND_PROXY_INVALID,
                "sipNumber.outboundProxy", () -> sipNumber(n -> n.outboundProxy("sip:2001:db8::10:5060")))
                .saying("brackets"));
        c.add(error("outbound proxy with unknown transport", DiagnosticCode.OUTBOUND_PROXY_INVALID, "sipNumber.outboundProxy",
                () -> sipNumber(n -> n.outboundProxy("sip:proxy.example.com;transport=quic"))).saying("'quic'"));
        c.add(error("REGISTER without trunk credentials", DiagnosticCode.REGISTRATION_WITHOUT_CREDENTIALS, "sipNumber.credentials",
                () -> sipNumber(n -> n.registrationEnabled(true))));
        c.add(error("REGISTER expiry 30 s", DiagnosticCode.REGISTRATION_EXPIRY_OUT_OF_RANGE, "sipNumber.registrationExpiry",
                () -> sipNumber(n -> n.registrationExpiry(Duration.ofSeconds(30)))).saying("30 s"));
        c.add(error("REGISTER expiry 2 h", DiagnosticCode.REGISTRATION_EXPIRY_OUT_OF_RANGE, "sipNumber.registrationExpiry",
                () -> sipNumber(n -> n.registrationExpiry(Duration.ofHours(2)))));
        c.add(error("trunk credentials with blank username", DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE,
                "sipNumber.credentials.username", () -> sipNumber(n -> n.credentials(
                        SipAuth.credentials("", Secret.of(GuidePlans.SIP_PASSWORD))))));
        c.add(error("REGISTER auth user without trunk credentials", DiagnosticCode.TRUNK_CREDENTIALS_INCOMPLETE,
                "sipNumber.credentials", () -> sipNumber(n -> n.authUsername("register-user"))));
    }

    private static void assistant(List<Case> c) {
        c.add(error("no assistant", DiagnosticCode.ASSISTANT_MISSING, "assistant", () -> base().assistant(null).build()));
        c.add(error("blank assistant id", DiagnosticCode.ASSISTANT_ID_BLANK, "assistant.id",
                () -> base().assistant(AssistantRef.of(" ", "2.0")).build()));
        c.add(error("null assistant id", DiagnosticCode.ASSISTANT_ID_BLANK, "assistant.id",
                () -> base().assistant(AssistantRef.of(null, "2.0")).build()));
        c.add(error("engine version in words", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "two")).build()).saying("'two'"));
        c.add(error("fullwidth engine version", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "２.０")).build()));
        c.add(error("blank engine version", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, " ")).build()));
        c.add(error("engine 1.9", DiagnosticCode.ASSISTANT_ENGINE_TOO_OLD, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "1.9")).build()).saying("v2.0+"));
        c.add(error("engine v1.0", DiagnosticCode.ASSISTANT_ENGINE_TOO_OLD, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "v1.0")).build()));
        c.add(error("engine v2 without minor", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "v2")).build())
                .saying("'v2' is not a major.minor engine version"));
        c.add(error("engine 2 without minor", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "2")).build()));
        c.add(error("engine with a patch level", DiagnosticCode.ASSISTANT_ENGINE_VERSION_FORMAT, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "2.0.1")).build()));

        c.add(warning("engine version unknown", DiagnosticCode.ASSISTANT_ENGINE_VERSION_UNKNOWN, "assistant.engineVersion",
                () -> base().assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID)).build()));
    }

    private static void transfers(List<Case> c) {
        c.add(error("null transfer target", DiagnosticCode.TRANSFER_TARGET_MISSING, "transferTargets[1]",
                () -> base().addTransferTarget(null).build()));
        c.add(error("null transfer target list", DiagnosticCode.TRANSFER_TARGET_MISSING, "transferTargets[0]",
                () -> base().transferTargets(null).build()));
        c.add(error("transfer target without a kind", DiagnosticCode.TRANSFER_KIND_MISSING, "transferTargets[0].kind",
                () -> transfers(new TransferTarget(null, 1234, null, TransferMode.WARM, "To sales",
                        TransferTarget.DEFAULT_INSTRUCTIONS, TransferTarget.DEFAULT_INITIATING_MESSAGE, null, null, null))));
        c.add(error("SIP-URI transfer to something that is not a SIP URI", DiagnosticCode.TRANSFER_SIP_URI_INVALID,
                "transferTargets[0].sipUri", () -> transfers(TransferTarget.team(678).viaSipUri("support@aircall").build())));
        c.add(error("custom header not named X-", DiagnosticCode.TRANSFER_SIP_HEADER_INVALID, "transferTargets[0].sipHeaders[1]",
                () -> transfers(TransferTarget.team(678).viaSipUri("sip:support@example.aircall.io")
                        .sipHeader("X-Queue", "support").sipHeader("Queue", "support").build())));
        c.add(error("custom header value with a line break", DiagnosticCode.TRANSFER_SIP_HEADER_INVALID,
                "transferTargets[0].sipHeaders[0]", () -> transfers(TransferTarget.team(678)
                        .viaSipUri("sip:support@example.aircall.io").sipHeader("X-Queue", "a\r\nVia: evil").build())));
        c.add(error("custom headers on a phone-number transfer", DiagnosticCode.TRANSFER_SIP_HEADERS_WITHOUT_URI,
                "transferTargets[0].sipHeaders", () -> transfers(TransferTarget.line(1234).sipHeader("X-Queue", "a").build())));
        c.add(warning("phone-number transfer over the custom trunk", DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK,
                "transferTargets[0]", () -> transfers(TransferTarget.line(1234).build())).saying("Twilio and Telnyx"));
        c.add(error("null transfer mode", DiagnosticCode.TRANSFER_MODE_MISSING, "transferTargets[0].mode",
                () -> transfers(TransferTarget.line(1234).mode(null).build())));
        c.add(error("team id 0", DiagnosticCode.TRANSFER_ID_NOT_POSITIVE, "transferTargets[0].id",
                () -> transfers(TransferTarget.team(0).viaLine(1234).build())));
        c.add(error("negative line id", DiagnosticCode.TRANSFER_ID_NOT_POSITIVE, "transferTargets[1].id",
                () -> transfers(TransferTarget.line(1234).build(), TransferTarget.line(-1).build())).saying("-1"));
        c.add(error("via line 0", DiagnosticCode.TRANSFER_ID_NOT_POSITIVE, "transferTargets[0].viaLine",
                () -> transfers(TransferTarget.user(456).viaLine(0).build())));
        c.add(error("cold transfer (REFER)", DiagnosticCode.TRANSFER_REFER_UNSUPPORTED, "transferTargets[0].mode",
                () -> transfers(TransferTarget.line(1234).mode(TransferMode.COLD).build())).saying("REFER"));
        c.add(error("team without the line that rings it", DiagnosticCode.TRANSFER_NEEDS_LINE, "transferTargets[0].viaLine",
                () -> transfers(TransferTarget.team(678).build())).saying("team 678"));
        c.add(error("user without the line that rings it", DiagnosticCode.TRANSFER_NEEDS_LINE, "transferTargets[1].viaLine",
                () -> transfers(TransferTarget.line(1234).build(), TransferTarget.user(456).build())));
        c.add(error("two targets with one name", DiagnosticCode.TRANSFER_NAME_DUPLICATE, "transferTargets[1].name",
                () -> transfers(TransferTarget.line(1234).name("Human").build(),
                        TransferTarget.team(678).viaLine(5678).name("Human").build())).saying("'Human'"));
        c.add(error("a team reached through a line another target dials", DiagnosticCode.TRANSFER_LINE_DUPLICATE,
                "transferTargets[1].viaLine", () -> transfers(TransferTarget.line(5678).build(),
                        TransferTarget.team(678).viaLine(5678).build())).saying("line 5678"));
        c.add(error("two targets on one line", DiagnosticCode.TRANSFER_LINE_DUPLICATE, "transferTargets[1].id",
                () -> transfers(TransferTarget.line(5678).build(), TransferTarget.line(5678).name("Again").build())));
        c.add(error("blank transfer name", DiagnosticCode.TRANSFER_TEXT_MISSING, "transferTargets[0].name",
                () -> transfers(TransferTarget.line(1234).name(" ").build())));
        c.add(error("null instructions", DiagnosticCode.TRANSFER_TEXT_MISSING, "transferTargets[0].instructions",
                () -> transfers(TransferTarget.line(1234).instructions(null).build())).saying("instructions"));
        c.add(error("empty initiating message", DiagnosticCode.TRANSFER_TEXT_MISSING, "transferTargets[0].initiatingMessage",
                () -> transfers(TransferTarget.line(1234).initiatingMessage("").build())));
        c.add(error("zero transfer timeout", DiagnosticCode.TRANSFER_TIMEOUT_INVALID, "transferTargets[0].timeout",
                () -> transfers(TransferTarget.line(1234).timeout(Duration.ZERO).build())));
        c.add(error("negative transfer timeout", DiagnosticCode.TRANSFER_TIMEOUT_INVALID, "transferTargets[0].timeout",
                () -> transfers(TransferTarget.line(1234).timeout(Duration.ofSeconds(-10)).build())));
    }

    // ---- building blocks: the guide's IP-allowlist plan with one part replaced ----

    private static IntegrationPlan.Builder base() {
        return GuidePlans.ipAllowlist();
    }

    private static IntegrationPlan destination(Consumer<SipDestination.Builder> change) {
        SipDestination.Builder destination = base().build().destination().orElseThrow().toBuilder();
        change.accept(destination);
        return base().destination(destination.build()).build();
    }

    private static IntegrationPlan allowlist(String... entries) {
        return destination(d -> d.auth(SipAuth.ipAllowlist(entries)));
    }

    private static IntegrationPlan credentialPlan(String aircallUser, String aircallPassword, String synthflowUser,
                                                  String synthflowPassword) {
        IntegrationPlan guide = GuidePlans.credentialsAfterHours().build();
        return guide.toBuilder()
                .destination(guide.destination().orElseThrow().toBuilder()
                        .auth(SipAuth.credentials(aircallUser, Secret.of(aircallPassword))).build())
                .sipNumber(guide.sipNumber().orElseThrow().toBuilder()
                        .credentials(SipAuth.credentials(synthflowUser, Secret.of(synthflowPassword))).build())
                .build();
    }

    private static SmartflowStep.ForwardToSip forward(Consumer<SmartflowStep.ForwardToSipBuilder> change) {
        SmartflowStep.ForwardToSipBuilder forward = SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                .fallback(SmartflowStep.ringTeam(678));
        change.accept(forward);
        return forward.build();
    }

    /** Weekdays 9-18, team when open, the AI when closed, plus whatever {@code change} adds. */
    private static SmartflowStep.BusinessHours officeHours(String zone, Consumer<SmartflowStep.BusinessHoursBuilder> change) {
        SmartflowStep.BusinessHoursBuilder hours = SmartflowStep.businessHours(zone)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .whenOpen(SmartflowStep.ringTeam(678))
                .whenClosed(forward(f -> { }));
        change.accept(hours);
        return hours.build();
    }

    private static IntegrationPlan steps(SmartflowStep... steps) {
        return base().smartflow(Smartflow.builder().steps(java.util.Arrays.asList(steps)).build()).build();
    }

    private static IntegrationPlan sipNumber(Consumer<SipNumber.Builder> change) {
        SipNumber.Builder number = base().build().sipNumber().orElseThrow().toBuilder().did((String) null);
        change.accept(number);
        return base().sipNumber(number.build()).build();
    }

    private static IntegrationPlan transfers(TransferTarget... targets) {
        return base().transferTargets(List.of(targets)).build();
    }

    private static Case error(String description, DiagnosticCode rule, String path, Supplier<IntegrationPlan> plan) {
        return new Case(description, rule, Severity.ERROR, path, null, plan);
    }

    private static Case warning(String description, DiagnosticCode rule, String path, Supplier<IntegrationPlan> plan) {
        return new Case(description, rule, Severity.WARNING, path, null, plan);
    }
}
