package io.trunkline.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans that follow the guide, in the variants it allows, validate without findings. */
class ValidPlansTest {

    private static final SipAuth.Credentials CREDENTIALS =
            SipAuth.credentials("aircall-trunk", Secret.of(GuidePlans.SIP_PASSWORD));

    static Stream<Arguments> plansWithoutFindings() {
        return Stream.of(
                plan("guide: IP allowlist, AI always answers", b -> b),
                plan("guide: credentials, TLS, AI after hours", b -> GuidePlans.credentialsAfterHours()),
                plan("TCP transport on 32681", b -> b.destination(destination(Transport.TCP, null))),
                plan("TLS with its port 32682 set explicitly", b -> b.destination(SipDestination.builder()
                        .transport(Transport.TLS).port(Transport.TLS_PORT).auth(SipAuth.ipAllowlist("34.138.86.8")).build())),
                plan("regional EU host", b -> b.destination(destination(Transport.UDP, "sip.eu.synthflow.ai"))),
                plan("regional US host in upper case", b -> b.destination(destination(Transport.UDP, "SIP.US.SYNTHFLOW.AI"))),
                plan("fully qualified host with a trailing dot", b -> b.destination(destination(Transport.UDP, "sip.synthflow.ai."))),
                plan("several allowlist entries: address, CIDR block, IPv6 block", b -> b.destination(
                        SipDestination.builder().auth(SipAuth.ipAllowlist("34.138.86.8", "34.73.190.0/24", "2600:1900::/28"))
                                .build())),
                plan("custom destination name used by the forward step", b -> b
                        .destination(SipDestination.builder().name("AI receptionist")
                                .auth(SipAuth.ipAllowlist("34.138.86.8")).build())
                        .smartflow(Smartflow.builder().addStep(SmartflowStep.forwardToSip("AI receptionist")
                                .fallback(SmartflowStep.voicemail()).build()).build())),
                plan("AI during business hours only", b -> b.smartflow(Smartflow.builder()
                        .aiHours(Smartflow.AiHours.DURING_BUSINESS_HOURS)
                        .addStep(SmartflowStep.businessHours("America/New_York")
                                .weekdays(LocalTime.of(8, 30), LocalTime.of(17, 30))
                                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(13, 0))
                                .whenOpen(forwardTo(SmartflowStep.ringTeam(678)))
                                .whenClosed(SmartflowStep.voicemail())
                                .build())
                        .build())),
                plan("AI always, with a business-hours condition forwarding on both branches", b -> b.smartflow(
                        Smartflow.builder().aiHours(Smartflow.AiHours.ALWAYS)
                                .addStep(SmartflowStep.businessHours("UTC")
                                        .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                                        .open(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))
                                        .whenOpen(forwardTo(SmartflowStep.ringTeam(678)))
                                        .whenClosed(forwardTo(SmartflowStep.ringUser(456)))
                                        .build())
                                .build())),
                plan("outbound proxy with port and transport", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sip:aircall-pbx.example.com").outboundProxy("sip:proxy.example.com:5060;transport=tcp")
                        .build())),
                plan("outbound proxy on a bracketed IPv6 address", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sip:aircall-pbx.example.com").outboundProxy("sip:[2001:db8::10]:5060").build())),
                plan("registration with credentials and a 600 s expiry", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sips:aircall-pbx.example.com:5061;transport=tls").credentials(CREDENTIALS)
                        .authUsername("register-user").registrationEnabled(true)
                        .registrationExpiry(Duration.ofSeconds(600)).build())),
                plan("registration expiry at the 60 s lower bound", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sip:aircall-pbx.example.com").credentials(CREDENTIALS)
                        .registrationEnabled(true).registrationExpiry(Duration.ofSeconds(60)).build())),
                plan("registration expiry at the 3600 s upper bound", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sip:aircall-pbx.example.com").credentials(CREDENTIALS)
                        .registrationEnabled(true).registrationExpiry(Duration.ofHours(1)).build())),
                plan("termination URI as a bare domain with port", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("aircall-pbx.example.com:5060").build())),
                plan("termination URI with the DID as user part", b -> b.sipNumber(SipNumber.builder()
                        .terminationUri("sip:+33123456789@aircall-pbx.example.com;transport=udp").build())),
                plan("SIP number repeats the DID in another format", b -> b.sipNumber(SipNumber.builder()
                        .did("+33123456789").terminationUri("sip:aircall-pbx.example.com").build())),
                plan("DID with parentheses and hyphens", b -> b.did("+1 (415) 555-0100")),
                plan("DID with dots and non-breaking spaces", b -> b.did("+33\u00A01.23.45.67.89")),
                plan("several transfer targets: line, team, user, warm with context", b -> b.transferTargets(List.of(
                        TransferTarget.line(1234).build(),
                        TransferTarget.team(678).viaLine(5678).mode(TransferMode.WARM_WITH_CONTEXT).build(),
                        TransferTarget.user(456).viaLine(9012).name("Escalate to Sam")
                                .instructions("The caller asks for a manager").initiatingMessage("One moment please.")
                                .timeout(Duration.ofSeconds(45)).build()))),
                plan("no transfer targets at all", b -> b.transferTargets(List.of())),
                plan("engine version written as v2.1", b -> b.assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "v2.1"))),
                plan("engine version 3.0", b -> b.assistant(AssistantRef.of(GuidePlans.ASSISTANT_ID, "3.0"))),
                plan("fallback to a user", b -> b.smartflow(Smartflow.builder()
                        .addStep(forwardTo(SmartflowStep.ringUser(456))).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansWithoutFindings")
    void guideVariantValidatesWithoutAnyFinding(IntegrationPlan plan) {
        ValidationReport report = plan.validate();

        // every phone-number transfer carries the vendor caveat (checked in BadPlans); nothing else may show
        assertThat(report.diagnostics()).as("%s", report)
                .allMatch(d -> d.code() == DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK)
                .hasSize((int) plan.transferTargets().stream().filter(t -> !t.viaSipUri()).count());
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    static Stream<Arguments> plansWithWarningsOnly() {
        return Stream.of(
                Arguments.of(named("deliberate port override behind a proxy", b -> b.destination(SipDestination.builder()
                        .portOverride(5070).auth(SipAuth.ipAllowlist("34.138.86.8")).build())), DiagnosticCode.PORT_OVERRIDDEN),
                Arguments.of(named("TLS override onto the plain port", b -> b.destination(SipDestination.builder()
                        .transport(Transport.TLS).portOverride(Transport.PLAIN_PORT)
                        .auth(SipAuth.ipAllowlist("34.138.86.8")).build())), DiagnosticCode.PORT_OVERRIDDEN),
                Arguments.of(named("timeout at the 5 s lower bound", b -> b.smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).timeout(Duration.ofSeconds(5))
                                .fallback(SmartflowStep.ringTeam(678)).build()).build())), DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED),
                Arguments.of(named("timeout at the 120 s upper bound", b -> b.smartflow(Smartflow.builder()
                        .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).timeout(Duration.ofSeconds(120))
                                .fallback(SmartflowStep.ringTeam(678)).build()).build())), DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED),
                Arguments.of(named("assistant engine version not known", b -> b.assistant(
                        AssistantRef.of(GuidePlans.ASSISTANT_ID))), DiagnosticCode.ASSISTANT_ENGINE_VERSION_UNKNOWN),
                Arguments.of(named("host given by Synthflow support", b -> b.destination(
                        destination(Transport.UDP, "sip.partner.example.com"))), DiagnosticCode.DESTINATION_HOST_NOT_SYNTHFLOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansWithWarningsOnly")
    void departureFromTheGuidesRecommendationOnlyWarns(IntegrationPlan plan, DiagnosticCode expected) {
        ValidationReport report = plan.validate();

        assertThat(report.isValid()).as("%s", report).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Diagnostic::code)
                .filteredOn(rule -> rule != DiagnosticCode.TRANSFER_TEL_OVER_CUSTOM_TRUNK).containsExactly(expected);
        assertThat(report.orThrow()).isSameAs(report);
    }

    private static Arguments plan(String name, UnaryOperator<IntegrationPlan.Builder> change) {
        return Arguments.of(named(name, change));
    }

    private static Named<IntegrationPlan> named(String name, UnaryOperator<IntegrationPlan.Builder> change) {
        return Named.of(name, change.apply(GuidePlans.ipAllowlist()).build());
    }

    private static SipDestination destination(Transport transport, String host) {
        SipDestination.Builder b = SipDestination.builder().transport(transport).auth(SipAuth.ipAllowlist("34.138.86.8"));
        return (host == null ? b : b.host(host)).build();
    }

    private static SmartflowStep.ForwardToSip forwardTo(SmartflowStep.Fallback fallback) {
        return SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).fallback(fallback).build();
    }
}
