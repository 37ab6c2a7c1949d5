package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.diagnostics.GuidePlans;
import io.trunkline.diagnostics.simulation.CallFlowDiagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Keeps docs/troubleshooting.md in step with the code it documents. */
class TroubleshootingDocTest {

    // Surefire runs in the module directory; the doc sits at the repository root
    private static final Path DOC = Path.of("..", "docs", "troubleshooting.md");
    private static final Path RULES = Path.of("..", "docs", "validation-rules.md");

    @Test
    void everyCodeHasARowHereOrInTheValidationRules() throws IOException {
        String doc = Files.readString(DOC);
        String rules = Files.readString(RULES);

        assertThat(Arrays.stream(DiagnosticCode.values())
                .filter(code -> !doc.contains("| `" + code.name() + "` |"))
                .filter(code -> !rules.contains("| " + code.name() + " |") && !rules.contains("| " + code.name() + " (W) |")))
                .as("codes missing from %s and %s", DOC, RULES).isEmpty();
    }

    @Test
    void theMermaidSampleIsTheCurrentOutputForTheAfterHoursPlan() throws IOException {
        String doc = Files.readString(DOC);
        String diagram = CallFlowDiagram.mermaid(GuidePlans.credentialsAfterHours().build());

        assertThat(doc).contains("```mermaid\n" + diagram + "```");
    }
}
