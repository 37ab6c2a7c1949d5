package io.trunkline.bench.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Group 3: the SDK client path's latency and throughput against raw OkHttp for the same request,
 * with {@link ClientOverheadBenchmark}: a paired loop (SDK and raw calls alternating, so both see the
 * same machine load; the goal is judged on it) and, in the full run, JMH (one fork per benchmark,
 * sample-time mode for the median, then throughput mode).
 */
public final class ClientOverhead {

    private static final double GOAL = 1.10;
    /**
     * How many pairs are measured per vendor, after how many warm-up blocks of how many pairs.
     *
     * @param pairs pairs measured per vendor
     * @param warmUpBlocks warm-up blocks per vendor, each recorded
     * @param pairsPerWarmUpBlock pairs per warm-up block
     */
    private record Sizes(int pairs, int warmUpBlocks, int pairsPerWarmUpBlock) {
        int warmUpPairs() {
            return warmUpBlocks * pairsPerWarmUpBlock;
        }
    }

    /**
     * The full run's sizes. The warm-up is long because the SDK path (Retrofit, Jackson, the pipeline)
     * takes longer to reach C2-compiled speed than the raw one, so a short warm-up leaves compile time
     * inside the measured medians, more of it on the SDK side; the recorded trace ({@code warmUp}) shows
     * whether this one is long enough.
     */
    private static final Sizes FULL = new Sizes(10_000, 20, 2_000);
    private static final Sizes SMOKE = new Sizes(300, 1, 300);
    /** JMH's warm-up, in one-second iterations: long for the same reason as the paired loop's. */
    private static final int JMH_WARM_UP_SECONDS = 15;
    private static final int JMH_MEASURED_SECONDS = 4;
    private static final List<String> METHODS = List.of("sdkSynthflowGetNumber", "rawSynthflowGetNumber",
            "sdkAircallNumber", "rawAircallNumber");

    private final boolean smoke;

    /** @param smoke a few hundred pairs and no JMH */
    public ClientOverhead(boolean smoke) {
        this.smoke = smoke;
    }

    /** Median and p99 latency in microseconds, and single-thread requests per second. */
    private record Figure(double medianMicros, double p99Micros, double perSecond) {
    }

    /** The SDK / raw ratio of medians of each warm-up block, in order, so a reader can see it settle. */
    private record WarmUp(int pairsPerBlock, List<Double> ratios) {
    }

    /** @return the group's result */
    public GroupResult run() {
        Sizes sizes = smoke ? SMOKE : FULL;
        Map<String, WarmUp> warmUp = new LinkedHashMap<>();
        Map<String, Figure> paired = paired(sizes, warmUp);
        Map<String, Figure> jmh = smoke ? Map.of() : jmh();
        List<List<String>> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (String vendor : List.of("Synthflow", "Aircall")) {
            String sdkName = vendor.equals("Synthflow") ? "sdkSynthflowGetNumber" : "sdkAircallNumber";
            String rawName = vendor.equals("Synthflow") ? "rawSynthflowGetNumber" : "rawAircallNumber";
            String call = vendor.equals("Synthflow") ? "Synthflow GET /numbers/{slug}" : "Aircall GET /v1/numbers/{id}";
            rows.add(row(call + " (SDK)", paired.get(sdkName), jmh.get(sdkName)));
            rows.add(row("same GET, raw OkHttp", paired.get(rawName), jmh.get(rawName)));
            double ratio = paired.get(sdkName).medianMicros() / paired.get(rawName).medianMicros();
            checks.add(new Check(vendor + " SDK / raw median latency (paired)", String.format(Locale.ROOT, "<= %.2f", GOAL),
                    String.format(Locale.ROOT, "%.3f", ratio), ratio <= GOAL));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("paired", paired);
        figures.put("jmh", jmh);
        figures.put("pairedCalls", sizes.pairs());
        figures.put("warmUp", warmUp);
        return new GroupResult("client-overhead", "3. SDK overhead per request (localhost)",
                List.of("call", "median µs (paired)", "p99 µs (paired)", "median µs (JMH)", "requests/s (JMH)"),
                rows, checks, notes(sizes, warmUp), figures);
    }

    private List<String> notes(Sizes sizes, Map<String, WarmUp> warmUp) {
        return List.of(
                "Both paths hit one local WireMock stub that replays the simulators' answers; the raw request copies the"
                        + " SDK's method, path, query and headers from the simulator journal. Raw reads the body as bytes"
                        + " without parsing it; the SDK adds Retrofit, Jackson, the shared HTTP pipeline (retry policy,"
                        + " error mapping, its fixed headers) and, for Aircall, the pacer.",
                String.format(Locale.ROOT, "Paired: SDK and raw calls alternate in one loop (the order flips every"
                        + " pair) after a warm-up of %,d pairs per vendor, so both see the same machine load and the same"
                        + " compiled code; the goal is judged on these medians. The warm-up's ratio per block of %,d"
                        + " pairs is in the figures (warmUp): %s.", sizes.warmUpPairs(), sizes.pairsPerWarmUpBlock(),
                        settling(warmUp)),
                String.format(Locale.ROOT, "JMH runs each benchmark on its own (1 fork, %d x 1 s warm-up, %d x 1 s"
                        + " measurement; sample time, then throughput), so load changes between benchmarks show up in"
                        + " its figures.", JMH_WARM_UP_SECONDS, JMH_MEASURED_SECONDS),
                "The Aircall client paces itself; here it keeps Aircall's 120 permits but over a 1 ms window, so it"
                        + " never waits and only the pacer's bookkeeping is measured.",
                smoke ? String.format(Locale.ROOT, "Smoke run: %d pairs, no JMH; figures are indicative only.", sizes.pairs())
                        : "Requests/s: JMH throughput mode, one thread.");
    }

    private static List<String> row(String call, Figure paired, Figure jmh) {
        return List.of(call, fmt(paired.medianMicros()), fmt(paired.p99Micros()),
                jmh == null ? "-" : fmt(jmh.medianMicros()), jmh == null ? "-" : fmt(jmh.perSecond()));
    }

    private Map<String, Figure> jmh() {
        Map<String, double[]> latency = new LinkedHashMap<>();
        for (RunResult result : runJmh(Mode.SampleTime, TimeUnit.MICROSECONDS)) {
            var stats = result.getPrimaryResult().getStatistics();
            latency.put(method(result), new double[] {stats.getPercentile(50), stats.getPercentile(99)});
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (RunResult result : runJmh(Mode.Throughput, TimeUnit.SECONDS)) {
            double[] l = latency.get(method(result));
            figures.put(method(result), new Figure(l[0], l[1], result.getPrimaryResult().getScore()));
        }
        return figures;
    }

    private static String method(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static Collection<RunResult> runJmh(Mode mode, TimeUnit unit) {
        System.err.println("[bench] JMH " + mode + " for " + METHODS.size() + " benchmarks (about "
                + METHODS.size() * (JMH_WARM_UP_SECONDS + JMH_MEASURED_SECONDS + 2) + " s)");
        try {
            return new Runner(new OptionsBuilder()
                    .include(ClientOverheadBenchmark.class.getName() + ".*")
                    .mode(mode).timeUnit(unit)
                    .forks(1).warmupIterations(JMH_WARM_UP_SECONDS).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(JMH_MEASURED_SECONDS).measurementTime(TimeValue.seconds(1))
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.SILENT)
                    .build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }

    /** SDK and raw calls alternating in one loop, per vendor, so both see the same conditions. */
    private static Map<String, Figure> paired(Sizes sizes, Map<String, WarmUp> warmUp) {
        ClientOverheadBenchmark bench = new ClientOverheadBenchmark();
        bench.start();
        try {
            Map<String, Figure> figures = new LinkedHashMap<>();
            warmUp.put("Synthflow", warmUp(bench::sdkSynthflowGetNumber, bench::rawSynthflowGetNumber, sizes));
            Figure[] synthflow = pair(bench::sdkSynthflowGetNumber, bench::rawSynthflowGetNumber, sizes.pairs());
            figures.put("sdkSynthflowGetNumber", synthflow[0]);
            figures.put("rawSynthflowGetNumber", synthflow[1]);
            warmUp.put("Aircall", warmUp(bench::sdkAircallNumber, bench::rawAircallNumber, sizes));
            Figure[] aircall = pair(bench::sdkAircallNumber, bench::rawAircallNumber, sizes.pairs());
            figures.put("sdkAircallNumber", aircall[0]);
            figures.put("rawAircallNumber", aircall[1]);
            return figures;
        } finally {
            bench.stop();
        }
    }

    private static WarmUp warmUp(Supplier<Object> sdk, Supplier<Object> raw, Sizes sizes) {
        List<Double> ratios = new ArrayList<>();
        for (int block = 0; block < sizes.warmUpBlocks(); block++) {
            Figure[] figures = pair(sdk, raw, sizes.pairsPerWarmUpBlock());
            ratios.add(Math.round(figures[0].medianMicros() / figures[1].medianMicros() * 1000) / 1000.0);
        }
        return new WarmUp(sizes.pairsPerWarmUpBlock(), ratios);
    }

    /** @return each vendor's ratio in the first and the last warm-up block, in words */
    private static String settling(Map<String, WarmUp> warmUp) {
        List<String> parts = new ArrayList<>();
        warmUp.forEach((vendor, w) -> parts.add(String.format(Locale.ROOT, "%s %.2f in the first block, %.2f in the last",
                vendor, w.ratios().get(0), w.ratios().get(w.ratios().size() - 1))));
        return String.join("; ", parts);
    }

    private static Figure[] pair(Supplier<Object> sdk, Supplier<Object> raw, int pairs) {
        long[] sdkNanos = new long[pairs];
        long[] rawNanos = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                sdkNanos[i] = time(sdk);
                rawNanos[i] = time(raw);
            } else {
                rawNanos[i] = time(raw);
                sdkNanos[i] = time(sdk);
            }
        }
        return new Figure[] {figure(sdkNanos), figure(rawNanos)};
    }

    private static long time(Supplier<Object> call) {
        long start = System.nanoTime();
        call.get();
        return System.nanoTime() - start;
    }

    private static Figure figure(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e9;
        return new Figure(sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted.length / total);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
