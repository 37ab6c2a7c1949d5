package io.trunkline.examples;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Transport;
import io.trunkline.testkit.AircallNumber;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.AircallTeam;
import io.trunkline.testkit.AircallUser;
import io.trunkline.testkit.SimulatedVendors;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The "service" example: provisions many DIDs from a CSV file with bounded concurrency and prints a
 * report per row; one bad row does not stop the others. Runs against the simulators (seeded from the
 * file) so it works without accounts:
 *
 * <pre>
 * mvn -B -q -pl sdk-examples -am compile exec:java -Dexec.mainClass=io.trunkline.examples.ProvisionFromCsv \
 *     -Dexec.args="path/to/dids.csv 4"
 * </pre>
 *
 * <p>Columns: {@code did,assistant_id,fallback_team,transfer_line,termination_uri}; lines starting
 * with {@code #} are comments. The second argument is the concurrency (default 4).
 */
public final class ProvisionFromCsv {

    /** One CSV row, as written. */
    record Row(int line, String did, String assistantId, long fallbackTeam, long transferLine, String terminationUri) {

        IntegrationPlan plan() {
            return SamplePlans.afterHours(did, assistantId, "2.0", terminationUri, Transport.UDP, fallbackTeam, transferLine);
        }
    }

    private ProvisionFromCsv() {
    }

    /** @param args optional CSV path, optional concurrency */
    public static void main(String[] args) {
        List<Row> rows = args.length > 0 ? read(Path.of(args[0])) : readSample();
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (SynthflowSimulator synthflow = SynthflowSimulator.builder().build();
             AircallSimulator aircall = AircallSimulator.builder().build()) {
            seed(rows, synthflow, aircall);
            IntegrationEngine engine = SimulatedVendors.engine(synthflow, aircall).build();
            BatchResult result = provision(engine, rows, concurrency);
            report(rows, result, System.out);
        }
    }

    /** Converges every row's integration; manual steps stay pending for a person. */
    static BatchResult provision(IntegrationEngine engine, List<Row> rows, int concurrency) {
        return engine.applyAll(rows.stream().map(Row::plan).toList(), concurrency, ApplyListener.NONE,
                ManualStepConfirmer.NONE);
    }

    static void report(List<Row> rows, BatchResult result, PrintStream out) {
        out.printf("%-5s %-20s %-15s %-7s %-7s %s%n", "line", "DID", "status", "writes", "manual", "detail");
        for (int i = 0; i < rows.size(); i++) {
            BatchResult.Item item = result.items().get(i);
            String detail = item.failure().map(e -> e.getMessage().replace("\n", " ")).orElse("");
            out.printf("%-5d %-20s %-15s %-7s %-7s %s%n", rows.get(i).line(), rows.get(i).did(), item.status(),
                    item.result() == null ? "-" : item.result().succeededCount(),
                    item.result() == null ? "-" : item.result().pendingManualSteps().size(), detail);
        }
        out.printf("%d converged, %d waiting for manual steps, %d failed%n", result.count(BatchResult.Item.Status.CONVERGED),
                result.count(BatchResult.Item.Status.PENDING_MANUAL), result.count(BatchResult.Item.Status.FAILED));
    }

    static List<Row> readSample() {
        try (InputStream in = ProvisionFromCsv.class.getResourceAsStream("/sample-dids.csv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Path csv) {
        try {
            return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected 5 columns "
                        + "(did,assistant_id,fallback_team,transfer_line,termination_uri), found " + cells.length);
            }
            rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), number(cells[2], i), number(cells[3], i),
                    cells[4].strip()));
        }
        return rows;
    }

    private static long number(String cell, int index) {
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + (index + 1) + ": '" + cell.strip() + "' is not an Aircall ID");
        }
    }

    /** Creates, in the simulators, the lines, teams and assistants the rows refer to (except "unknown-…" ones). */
    static void seed(List<Row> rows, SynthflowSimulator synthflow, AircallSimulator aircall) {
        Set<String> seen = new HashSet<>();
        long lineId = 1;
        AircallUser agent = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").build());
        for (Row row : rows) {
            if (PhoneNumber.problemWith(row.did()) == null && seen.add(row.did())) {
                aircall.addNumber(AircallNumber.builder(PhoneNumber.parse(row.did()).e164()).id(lineId++)
                        .flowEditorEnabled(true).build());
            }
            if (seen.add("team:" + row.fallbackTeam())) {
                aircall.addTeam(AircallTeam.builder("Team " + row.fallbackTeam()).id(row.fallbackTeam())
                        .addUserId(agent.id()).build());
            }
            if (seen.add("line:" + row.transferLine())) {
                aircall.addNumber(AircallNumber.builder("+3399900" + row.transferLine()).id(row.transferLine())
                        .flowEditorEnabled(true).build());
            }
            if (!row.assistantId().startsWith("unknown") && seen.add("assistant:" + row.assistantId())) {
                synthflow.addAssistant(SynthflowAssistant.builder("Assistant", "inbound").modelId(row.assistantId()).build());
            }
        }
    }
}
