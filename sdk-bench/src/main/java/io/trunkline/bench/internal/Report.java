package io.trunkline.bench.internal;

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

    private final String mode;
    private final Instant startedAt;
    private final List<GroupResult> groups = new ArrayList<>();
    private final double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage();

    /**
     * @param mode {@code "full"} or {@code "smoke"}
     * @param startedAt when the run started
     */
    public Report(String mode, Instant startedAt) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
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
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, load average at start ")
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
        root.put("schema", "trunkline.bench/v1");
        root.put("mode", mode);
        root.put("startedAt", startedAt.toString());
        root.put("java", System.getProperty("java.version"));
        root.put("cpus", Runtime.getRuntime().availableProcessors());
        root.put("loadAverageAtStart", loadAverage);
        root.put("groups", groups);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
