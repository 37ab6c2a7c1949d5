package io.trunkline.core.corpus;

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
import io.trunkline.core.model.TransferTarget;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.diagnostic.ValidationReport;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Durations and Aircall IDs go through the builders unchecked and are judged by
 * {@link IntegrationPlan#validate()}: for any value (negative, zero, huge, {@code Long.MIN_VALUE}) validation
 * never throws, and the documented rule fires exactly when the value is out of range. Arbitrary text in
 * every text field of every builder never breaks validation either.
 *
 * <p>Every property prints its seed; {@code -Dtrunkline.seed=<seed>} replays one run exactly, and a failure
 * names its seed and the command that replays it ({@link ReproducibleSeeds}).
 */
class DurationAndIdPropertiesTest {

    @AfterContainer
    static void reportWhenTheWholeCorpusHasRun() {
        CorpusTally.finished("DurationAndIdPropertiesTest");
    }

    @Property(tries = 400)
    void forwardTimeoutRuleFiresExactlyOutsideFiveToHundredTwentySeconds(@ForAll("durations") Duration timeout) {
        CorpusTally.generated("forwardTimeoutRuleFiresExactlyOutsideFiveToHundredTwentySeconds");
        IntegrationPlan plan = GuidePlans.ipAllowlist().smartflow(Smartflow.builder()
                .addStep(SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME).timeout(timeout)
                        .fallback(SmartflowStep.ringTeam(678)).build())
                .build()).build();

        ValidationReport report = validate(plan);

        boolean outOfRange = timeout != null
                && (timeout.compareTo(Duration.ofSeconds(5)) < 0 || timeout.compareTo(Duration.ofSeconds(120)) > 0);
        assertThat(report.find(DiagnosticCode.FORWARD_TIMEOUT_OUT_OF_RANGE).isPresent()).as("timeout %s", timeout)
                .isEqualTo(outOfRange);
        assertThat(report.find(DiagnosticCode.FORWARD_TIMEOUT_MISSING).isPresent()).isEqualTo(timeout == null);
        boolean fraction = timeout != null && !outOfRange && timeout.getNano() != 0;
        assertThat(report.find(DiagnosticCode.DURATION_NOT_WHOLE_SECONDS).isPresent()).isEqualTo(fraction);
        assertThat(report.find(DiagnosticCode.FORWARD_TIMEOUT_NOT_RECOMMENDED).isPresent())
                .isEqualTo(timeout != null && !outOfRange && !fraction && !timeout.equals(Duration.ofSeconds(30)));
        assertThat(report.isValid()).isEqualTo(timeout != null && !outOfRange && !fraction);
    }

    @Property(tries = 400)
    void registrationExpiryRuleFiresExactlyOutsideSixtyToThreeThousandSixHundredSeconds(
            @ForAll("durations") Duration expiry) {
        CorpusTally.generated("registrationExpiryRuleFiresExactlyOutsideSixtyToThreeThousandSixHundredSeconds");
        IntegrationPlan base = GuidePlans.ipAllowlist().build();
        IntegrationPlan plan = base.toBuilder()
                .sipNumber(base.sipNumber().orElseThrow().toBuilder().registrationExpiry(expiry).build()).build();

        ValidationReport report = validate(plan);

        boolean outOfRange = expiry != null
                && (expiry.compareTo(Duration.ofSeconds(60)) < 0 || expiry.compareTo(Duration.ofSeconds(3600)) > 0);
        assertThat(report.find(DiagnosticCode.REGISTRATION_EXPIRY_OUT_OF_RANGE).isPresent()).as("expiry %s", expiry)
                .isEqualTo(outOfRange);
        boolean fraction = expiry != null && !outOfRange && expiry.getNano() != 0;
        assertThat(report.find(DiagnosticCode.DURATION_NOT_WHOLE_SECONDS).isPresent()).isEqualTo(fraction);
        assertThat(report.isValid()).isEqualTo(!outOfRange && !fraction);
    }

    @Property(tries = 400)
    void transferTimeoutRuleFiresExactlyWhenNotPositive(@ForAll("durations") Duration timeout) {
        CorpusTally.generated("transferTimeoutRuleFiresExactlyWhenNotPositive");
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .transferTargets(List.of(TransferTarget.line(1234).timeout(timeout).build())).build();

        ValidationReport report = validate(plan);

        boolean notPositive = timeout != null && (timeout.isNegative() || timeout.isZero());
        boolean fraction = timeout != null && !notPositive && timeout.getNano() != 0;
        assertThat(report.at("transferTargets[0].timeout")).as("timeout %s", timeout)
                .extracting(Diagnostic::code)
                .isEqualTo(notPositive ? List.of(DiagnosticCode.TRANSFER_TIMEOUT_INVALID)
                        : fraction ? List.of(DiagnosticCode.DURATION_NOT_WHOLE_SECONDS) : List.of());
    }

    @Property(tries = 400)
    void transferIdRuleFiresExactlyForIdsThatAreNotPositive(@ForAll("ids") long id, @ForAll("ids") long viaLine,
                                                            @ForAll TransferTarget.Kind kind) {
        CorpusTally.generated("transferIdRuleFiresExactlyForIdsThatAreNotPositive");
        TransferTarget.Builder target = switch (kind) {
            case LINE -> TransferTarget.line(id);
            case TEAM -> TransferTarget.team(id).viaLine(viaLine);
            case USER -> TransferTarget.user(id).viaLine(viaLine);
        };
        IntegrationPlan plan = GuidePlans.ipAllowlist().transferTargets(List.of(target.build())).build();

        ValidationReport report = validate(plan);

        assertThat(report.at("transferTargets[0].id")).as("%s %d via %d", kind, id, viaLine)
                .extracting(Diagnostic::code).isEqualTo(id <= 0 ? List.of(DiagnosticCode.TRANSFER_ID_NOT_POSITIVE) : List.of());
        boolean badVia = kind != TransferTarget.Kind.LINE && viaLine <= 0;
        assertThat(report.at("transferTargets[0].viaLine")).extracting(Diagnostic::code)
                .isEqualTo(badVia ? List.of(DiagnosticCode.TRANSFER_ID_NOT_POSITIVE) : List.of());
        assertThat(report.isValid()).isEqualTo(id > 0 && !badVia);
    }

    @Property(tries = 400)
    void routeIdRuleFiresExactlyForTeamAndUserIdsThatAreNotPositive(@ForAll("ids") long id, @ForAll boolean team,
                                                                    @ForAll boolean asFallback) {
        CorpusTally.generated("routeIdRuleFiresExactlyForTeamAndUserIdsThatAreNotPositive");
        SmartflowStep.Fallback route = team ? SmartflowStep.ringTeam(id) : SmartflowStep.ringUser(id);
        SmartflowStep forward = SmartflowStep.forwardToSip(SipDestination.DEFAULT_NAME)
                .fallback(asFallback ? route : SmartflowStep.voicemail()).build();
        // as a plain step, the route goes in the open branch of a business-hours condition
        SmartflowStep step = asFallback ? forward : SmartflowStep.businessHours("Europe/Paris")
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).whenOpen(route).whenClosed(forward).build();
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .smartflow(Smartflow.builder().addStep(step).aiHours(asFallback ? Smartflow.AiHours.ALWAYS
                        : Smartflow.AiHours.OUTSIDE_BUSINESS_HOURS).build())
                .build();

        ValidationReport report = validate(plan);

        assertThat(report.find(DiagnosticCode.ROUTE_ID_NOT_POSITIVE).isPresent()).as("ring %s %d", team ? "team" : "user", id)
                .isEqualTo(id <= 0);
        assertThat(report.isValid()).isEqualTo(id > 0);
    }

    @Property(tries = 600)
    void arbitraryTextInEveryBuilderFieldNeverBreaksValidation(@ForAll("text") String did,
                                                               @ForAll("text") String destinationText,
                                                               @ForAll("text") String allowlistEntry,
                                                               @ForAll("text") String sipNumberText,
                                                               @ForAll("text") String assistantText,
                                                               @ForAll("text") String transferText) {
        CorpusTally.generated("arbitraryTextInEveryBuilderFieldNeverBreaksValidation");
        IntegrationPlan plan = IntegrationPlan.builder()
                .did(did)
                .destination(SipDestination.builder().name(destinationText).host(destinationText)
                        .auth(allowlistEntry == null ? SipAuth.ipAllowlist()
                                : SipAuth.ipAllowlist(allowlistEntry, "34.138.86.8")).build())
                .smartflow(Smartflow.builder().addStep(SmartflowStep.businessHours(assistantText)
                        .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                        .whenClosed(SmartflowStep.forwardToSip(destinationText).fallback(SmartflowStep.voicemail()).build())
                        .build()).aiHours(Smartflow.AiHours.OUTSIDE_BUSINESS_HOURS).build())
                .sipNumber(SipNumber.builder().did(sipNumberText).friendlyName(sipNumberText)
                        .terminationUri(sipNumberText).outboundProxy(sipNumberText).authUsername(sipNumberText)
                        .credentials(sipNumberText == null || sipNumberText.isBlank() ? null
                                : SipAuth.credentials(sipNumberText, Secret.of(sipNumberText)))
                        .registrationEnabled(true).build())
                .assistant(AssistantRef.of(assistantText, assistantText))
                .addTransferTarget(TransferTarget.user(7).viaLine(1234).name(transferText).instructions(transferText)
                        .initiatingMessage(transferText).build())
                .build();

        ValidationReport report = validate(plan);

        assertThat(report.diagnostics()).allSatisfy(d -> {
            ParseContract.assertCleanMessage(d.code() + " at " + d.subject(), d.message());
            ParseContract.assertCleanMessage(d.code() + " fix", d.fix());
        });
    }

    private static ValidationReport validate(IntegrationPlan plan) {
        ValidationReport report = HangGuard.call("validate()", plan::validate);
        assertThat(report).isNotNull();
        return report;
    }

    /** @return zero, boundaries ± 1 ns, small and huge values of both signs, and {@code null} */
    @Provide
    Arbitrary<Duration> durations() {
        Arbitrary<Duration> edges = Arbitraries.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1),
                Duration.ofSeconds(5), Duration.ofSeconds(5).minusNanos(1), Duration.ofSeconds(120),
                Duration.ofSeconds(120).plusNanos(1), Duration.ofSeconds(60), Duration.ofSeconds(60).minusNanos(1),
                Duration.ofSeconds(3600), Duration.ofSeconds(3600).plusNanos(1), Duration.ofSeconds(30),
                Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MIN_VALUE),
                Duration.ofMillis(Long.MAX_VALUE), Duration.ofDays(-1));
        Arbitrary<Duration> near = Combinators.combine(Arbitraries.longs().between(-10, 4_000),
                Arbitraries.integers().between(0, 999_999_999)).as(Duration::ofSeconds);
        Arbitrary<Duration> any = Combinators.combine(Arbitraries.longs(),
                Arbitraries.integers().between(0, 999_999_999)).as(Duration::ofSeconds);
        return Arbitraries.oneOf(edges, near, any).injectNull(0.05);
    }

    /** @return the whole {@code long} range, with its edges and values near zero */
    @Provide
    Arbitrary<Long> ids() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-3, 3),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Generators.hostileText(Generators.SIP_CHARS + Generators.PHONE_CHARS),
                Arbitraries.of(GuidePlans.DID, "+33 (0)1 23 45 67 89", "sip:u:p@host", "34.138.86.8", "2.0",
                        "Europe/Paris", "sip.synthflow.ai", "Synthflow AI", "   ", ""));
    }
}
