package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsTheWholeLifecycleAgainstTheSimulatorsOnAFreshMachine() {
        int status = QuickStart.run(new String[0], Map.of(), out);

        assertThat(status).as(output()).isZero();
        assertThat(output())
                .contains("Running against the embedded Synthflow and Aircall simulators")
                .contains("== 1. Validate the plan for +33 1 23 45 67 89", "valid: no findings")
                .contains("== 2. Plan (reads only)", "  + sip-number: SIP number +33123456789")
                .contains("Plan: 3 to create, 1 to update, 0 to delete, 4 manual, 0 unchanged.")
                .contains("== 3. Apply", "  done      assistant-binding")
                .contains("== 4. Runbook", "**Where:** Aircall Dashboard → Integrations → SIP / External SIP → Add SIP Destination")
                .contains("== 5. Perform the manual steps", "  confirmed manual[aircall.smartflow]")
                .contains("== 6. Verify", "SIP registration pending after 80 s", "PASSED  registration")
                .contains("  re-apply:              0 change(s), 0 write(s)")
                .contains("  verification:          all checks passed");
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
