package io.trunkline.diagnostics.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.finding.FindingCode;
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

    @Test
    void everyFindingCodeHasARowInTheTable() throws IOException {
        String doc = Files.readString(DOC);

        assertThat(Arrays.stream(FindingCode.values()).filter(code -> !doc.contains("| `" + code.name() + "` |")))
                .as("finding codes missing from %s", DOC).isEmpty();
    }

    @Test
    void theMermaidSampleIsTheCurrentOutputForTheAfterHoursPlan() throws IOException {
        String doc = Files.readString(DOC);
        String diagram = CallFlowDiagram.mermaid(GuidePlans.credentialsAfterHours().build());

        assertThat(doc).contains("```mermaid\n" + diagram + "```");
    }
}
