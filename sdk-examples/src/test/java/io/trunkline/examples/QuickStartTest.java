package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuickStartTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheWholeLifecycleAgainstTheDocumentedOnlySimulatorsOnAFreshMachine() {
        int status = QuickStart.run(new String[0], Map.of(), out);

        assertThat(status).as(output()).isZero();
        assertThat(output())
                .contains("Running against the embedded Synthflow and Aircall simulators", "profile DOCUMENTED_ONLY")
                .contains("== 1. Validate the plan for +33 1 23 45 67 89")
                .containsPattern("WARN\\w* +TRANSFER_TEL_OVER_CUSTOM_TRUNK at transferTargets\\[0\\]")
                .contains("== 2. Plan (reads only)", "  + sip-number: SIP number +33123456789")
                .contains("Plan: 3 to create, 1 to update, 0 to delete, 4 manual, 0 unchanged.")
                .contains("== 3. Apply", "  done      assistant-binding")
                .contains("== 4. Runbook", "**Where:** Aircall Dashboard → Integrations → SIP / External SIP → Add SIP Destination")
                .contains("== 5. Perform the manual steps", "  confirmed manual[aircall.smartflow]")
                .contains("== 6. Verify", "PASSED         attachment", "NOT_VERIFIABLE registration")
                .contains("  re-apply:              0 change(s), 0 write(s)")
                .contains("  verification:          everything an API shows passed; call +33 1 23 45 67 89")
                .doesNotContain("PASSED         registration")
                .doesNotContain("attachment pending"); // documented-only: the attachment shows at once
    }

    @Test
    void runsTheWholeLifecycleAgainstTheLedgerAssumptionsSimulators() {
        int status = QuickStart.run(new String[] {"--simulator-profile", "ledger-assumptions"}, Map.of(), out);

        assertThat(status).as(output()).isZero();
        assertThat(output())
                .contains("profile LEDGER_ASSUMPTIONS")
                .contains("Plan: 3 to create, 1 to update, 0 to delete, 4 manual, 0 unchanged.")
                .contains("== 6. Verify", "Synthflow attachment pending after 80 s", "NOT_VERIFIABLE registration")
                .contains("  re-apply:              0 change(s), 0 write(s)")
                .doesNotContain("PASSED         registration");
    }

    @ParameterizedTest
    @CsvSource({
            "documented-only, REFUTED, REFUTED",
            "ledger-assumptions, CONFIRMED, CONFIRMED"})
    void preflightReportsAVerdictPerLedgerEntryAndWritesNothing(String profile, String slugStatus, String rateHeaders) {
        int status = QuickStart.run(new String[] {"--preflight", "--simulator-profile", profile}, Map.of(), out);

        assertThat(status).as(output()).isZero();
        assertThat(output())
                .containsPattern(slugStatus + " +SF-UNKNOWN-SLUG-STATUS +GET /numbers/12025550199")
                .containsPattern(rateHeaders + " +AC-RATE-HEADERS-ON-EVERY-ANSWER")
                .containsPattern("UNKNOWN +SF-REGISTRATION-VISIBILITY")
                .containsPattern("UNKNOWN +SF-LIVE-TRANSFER-READBACK +the workspace has no LIVE_TRANSFER")
                .contains("Nothing was changed.")
                .doesNotContain("== 3. Apply");
        assertThat(output().lines().filter(l -> l.matches("(CONFIRMED|REFUTED|UNKNOWN) .*"))).hasSize(15);
    }

    @Test
    void helpExplainsTheOptionsAndTheCredentialVariables() {
        assertThat(QuickStart.run(new String[] {"--help"}, Map.of(), out)).isZero();

        assertThat(output()).contains("--did <E.164>", "SYNTHFLOW_API_KEY", "AIRCALL_API_TOKEN", "--apply");
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        assertThat(QuickStart.run(new String[] {"--dry"}, Map.of(), out)).isEqualTo(2);

        assertThat(output()).contains("unknown option --dry; see --help");
    }

    @Test
    void partialCredentialsAreRefusedRatherThanSilentlyUsingTheSimulators() {
        int status = QuickStart.run(new String[0], Map.of("SYNTHFLOW_API_KEY", "sk-partial"), out);

        assertThat(status).isEqualTo(2);
        assertThat(output()).contains("set all four credentials or none")
                .contains("AIRCALL_API_TOKEN").doesNotContain("sk-partial");
    }

    @Test
    void anInvalidDidStopsAtValidationWithTheRuleCode() {
        int status = QuickStart.run(new String[] {"--did", "01 23 45 67 89"}, Map.of(), out);

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("ERROR DID_FORMAT at did").doesNotContain("== 2. Plan");
    }
}
