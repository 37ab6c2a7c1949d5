package io.trunkline.bench.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Group 5: each module's runtime dependencies (count and size, from the dependency files the build
 * writes into {@code target/bench}) and QuickStart's cold start: a new JVM on the examples' runtime
 * classpath, timed from launch until the first line of the plan it prints.
 */
public final class Footprint {

    /** The build writes these; see sdk-bench's pom. */
    static final Path BUILD_INFO = Path.of("target", "bench");
    static final String CORE = "io.trunkline:trunkline-core";
    static final String EXAMPLES = "io.trunkline:trunkline-examples";
    static final List<String> MODULES = List.of(CORE, "io.trunkline:trunkline-synthflow", "io.trunkline:trunkline-aircall",
            "io.trunkline:trunkline-diagnostics", "io.trunkline:trunkline-testkit", EXAMPLES);
    /** The first line of {@code ChangePlan.render(TEXT)}. */
    private static final Pattern PLAN_LINE = Pattern.compile("^Trunkline (apply|destroy) plan for .*");
    private static final long TIMEOUT_SECONDS = 120;

    private final int launches;

    /** @param launches how many times to start QuickStart (the median is reported) */
    public Footprint(int launches) {
        this.launches = launches;
    }

    /** When the first plan line (or, failing that, the first line) appeared, and what it was. */
    private record Launch(double millisToPlan, double millisToFirstLine, String firstLine, int exitCode) {
    }

    /** @return the group's result */
    public GroupResult run() {
        DependencyTree tree = DependencyTree.read(BUILD_INFO.resolve("dependency-tree.txt"),
                BUILD_INFO.resolve("classpath.txt"));
        List<List<String>> rows = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String module : MODULES) {
            List<String> deps = tree.runtimeDependencies(module);
            long depBytes = deps.stream().mapToLong(tree::size).sum();
            String name = module.substring(module.indexOf(':') + 1);
            rows.add(List.of(name, String.valueOf(deps.size()), kib(depBytes), kib(tree.size(module)),
                    kib(depBytes + tree.size(module))));
            figures.put(name, Map.of("runtimeDependencies", deps, "dependencyBytes", depBytes,
                    "moduleBytes", tree.size(module)));
        }
        List<Launch> runs = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            runs.add(launchQuickStart(tree));
        }
        boolean printedPlan = runs.stream().allMatch(r -> r.millisToPlan() >= 0);
        double median = median(runs.stream().mapToDouble(r -> printedPlan ? r.millisToPlan() : r.millisToFirstLine()).toArray());
        rows.add(List.of("QuickStart cold start", "", "", "", String.format(Locale.ROOT, "%.0f ms to %s (median of %d)",
                median, printedPlan ? "first plan line" : "first output line", launches)));
        figures.put("quickStartLaunches", runs);
        figures.put("quickStartMedianMillis", median);
        figures.put("quickStartPrintedPlan", printedPlan);
        List<String> coreDeps = tree.runtimeDependencies(CORE);
        List<Check> checks = List.of(new Check("sdk-core runtime dependencies", "slf4j-api only",
                String.join(", ", coreDeps), coreDeps.equals(List.of("org.slf4j:slf4j-api"))));
        List<String> notes = new ArrayList<>();
        notes.add("Runtime dependencies = compile + runtime scope, transitive, from maven-dependency-plugin's verbose"
                + " tree of sdk-bench (versions as the parent manages them); sizes are the jar files.");
        notes.add("Cold start: `java -cp <trunkline-examples runtime classpath> io.trunkline.examples.QuickStart`,"
                + " timed from process start to the first line of the printed plan (JVM launch included).");
        if (!printedPlan) {
            notes.add("QuickStart printed no plan (first line: \"" + runs.get(0).firstLine() + "\"); the time is to its"
                    + " first output line instead. It becomes time-to-plan once QuickStart plans against the simulators.");
        }
        runs.stream().filter(r -> r.exitCode() != 0).findFirst()
                .ifPresent(r -> notes.add("QuickStart exited with code " + r.exitCode()));
        return new GroupResult("footprint", "5. Footprint",
                List.of("module", "runtime deps", "deps KiB", "module jar KiB", "total KiB / time"),
                rows, checks, notes, figures);
    }

    private static Launch launchQuickStart(DependencyTree tree) {
        List<String> entries = new ArrayList<>();
        tree.file(EXAMPLES).ifPresent(p -> entries.add(p.toString()));
        tree.runtimeDependencies(EXAMPLES).forEach(d -> tree.file(d).ifPresent(p -> entries.add(p.toString())));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", String.join(File.pathSeparator, entries),
                "io.trunkline.examples.QuickStart").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("AIRCALL_") || k.startsWith("SYNTHFLOW_"));
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            double toPlan = -1;
            double toFirst = -1;
            String first = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    double now = (System.nanoTime() - start) / 1e6;
                    if (first == null) {
                        first = line;
                        toFirst = now;
                    }
                    if (toPlan < 0 && PLAN_LINE.matcher(line).matches()) {
                        toPlan = now;
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new Launch(toPlan, toFirst, first == null ? "" : first, process.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start QuickStart", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while QuickStart ran", e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d", Math.round(bytes / 1024.0));
    }
}
