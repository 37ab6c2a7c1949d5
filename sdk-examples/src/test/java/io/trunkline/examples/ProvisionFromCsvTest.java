package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SynthflowSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionFromCsvTest {

    @Test
    void provisionsEveryGoodRowAndReportsTheBadOnesWithoutStopping() {
        List<ProvisionFromCsv.Row> rows = ProvisionFromCsv.readSample();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (SynthflowSimulator synthflow = SynthflowSimulator.builder().build();
             AircallSimulator aircall = AircallSimulator.builder().build()) {
            ProvisionFromCsv.seed(rows, synthflow, aircall);
            IntegrationEngine engine = SimulatedVendors.engine(synthflow, aircall).build();

            BatchResult result = ProvisionFromCsv.provision(engine, rows, 3);
            ProvisionFromCsv.report(rows, result, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(result.items()).extracting(BatchResult.Item::status).containsExactly(
                    BatchResult.Item.Status.PENDING_MANUAL, BatchResult.Item.Status.PENDING_MANUAL, BatchResult.Item.Status.PENDING_MANUAL,
                    BatchResult.Item.Status.PENDING_MANUAL, BatchResult.Item.Status.PENDING_MANUAL, BatchResult.Item.Status.FAILED,
                    BatchResult.Item.Status.PENDING_MANUAL, BatchResult.Item.Status.FAILED);
            assertThat(synthflow.numbers()).hasSize(6);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("DID_FORMAT").contains("assistant unknown-assistant does not exist")
                .contains("0 converged, 6 waiting for manual steps, 2 failed");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesItsLine() {
        assertThatThrownBy(() -> ProvisionFromCsv.parse(List.of("# header", "+33123456789,abc,678")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2: expected 5 columns");
    }
}
