package io.trunkline.bench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one run: rendered as Markdown tables (so the README can take them as they are) and
 * written as {@code results.json}.
 */
public final class Report {

    private static final String SCHEMA = "trunkline.bench/v1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String mode;
    private final Instant startedAt;
    private final String javaVersion;
    private final int cpus;
    private final double loadAverage;
    private final List<GroupResult> groups = new ArrayList<>();

    /**
     * A report of a run in this JVM, on this machine.
     *
     * @param mode {@code "full"} or {@code "smoke"}
     * @param startedAt when the run started
     */
    public Report(String mode, Instant startedAt) {
        this(mode, startedAt, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Report(String mode, Instant startedAt, String javaVersion, int cpus, double loadAverage) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.javaVersion = Objects.requireNonNull(javaVersion, "javaVersion");
        this.cpus = cpus;
        this.loadAverage = loadAverage;
    }

    /**
     * Reads a report back from the {@code results.json} a run wrote, so a document can show a run's
     * figures exactly as that run rendered them.
     *
     * @param file a {@code results.json}
     * @return the report, with the run's own machine details
     * @throws UncheckedIOException when the file cannot be read or is not a results file
     */
    public static Report read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!SCHEMA.equals(root.path("schema").asText())) {
                throw new IOException(file + " is not a " + SCHEMA + " results file");
            }
            Report report = new Report(root.get("mode").asText(), Instant.parse(root.get("startedAt").asText()),
                    root.get("java").asText(), root.get("cpus").asInt(), root.get("loadAverageAtStart").asDouble());
            for (JsonNode group : root.get("groups")) {
                report.add(JSON.treeToValue(group, GroupResult.class));
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark results " + file, e);
        }
    }

    /** @return {@code "full"} or {@code "smoke"} */
    public String mode() {
        return mode;
    }

    /** @param group a finished group */
    public void add(GroupResult group) {
        groups.add(Objects.requireNonNull(group, "group"));
    }

    /** @return the groups so far, in run order */
    public List<GroupResult> groups() {
        return List.copyOf(groups);
    }

    /** @return every group as Markdown: a heading, the table, the goals and the notes */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Trunkline benchmarks (").append(mode).append(" run, ").append(startedAt).append(", Java ")
                .append(javaVersion).append(", ").append(cpus).append(" CPUs, load average at start ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", loadAverage)).append(")\n");
        for (GroupResult group : groups) {
            sb.append('\n').append("### ").append(group.title()).append("\n\n");
            table(sb, group.columns(), group.rows());
            if (!group.checks().isEmpty()) {
                sb.append('\n');
                List<List<String>> goals = group.checks().stream()
                        .map(c -> List.of(c.name(), c.goal(), c.actual(), c.met() ? "met" : "NOT met")).toList();
                table(sb, List.of("goal", "target", "measured", "result"), goals);
            }
            for (String note : group.notes()) {
                sb.append("\n- ").append(note);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<String> columns, List<List<String>> rows) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(sb, columns, widths);
        sb.append('|');
        for (int width : widths) {
            sb.append('-').append("-".repeat(width)).append("-|");
        }
        sb.append('\n');
        rows.forEach(row -> line(sb, row, widths));
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            sb.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
        }
        sb.append('\n');
    }

    /**
     * Writes {@code results.json}.
     *
     * @param file where to write it; parent directories are created
     */
    public void writeJson(Path file) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("mode", mode);
        root.put("startedAt", startedAt.toString());
        root.put("java", javaVersion);
        root.put("cpus", cpus);
        root.put("loadAverageAtStart", loadAverage);
        root.put("groups", groups);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
