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
 * with {@link ClientOverheadBenchmark}. The full run uses JMH (one fork, sample-time mode for the
 * median, then throughput mode); the smoke run calls the same benchmark methods in a plain loop.
 */
public final class ClientOverhead {

    private static final double GOAL = 1.10;
    private static final List<String> METHODS = List.of("sdkSynthflowGetNumber", "rawSynthflowGetNumber",
            "sdkAircallNumber", "rawAircallNumber");

    private final boolean smoke;

    /** @param smoke a few hundred plain iterations instead of JMH */
    public ClientOverhead(boolean smoke) {
        this.smoke = smoke;
    }

    /** Median latency in microseconds and single-thread throughput in requests per second. */
    private record Figure(double medianMicros, double p99Micros, double perSecond) {
    }

    /** @return the group's result */
    public GroupResult run() {
        Map<String, Figure> figures = smoke ? loop(300) : jmh();
        List<List<String>> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (String vendor : List.of("Synthflow", "Aircall")) {
            String sdkName = vendor.equals("Synthflow") ? "sdkSynthflowGetNumber" : "sdkAircallNumber";
            String rawName = vendor.equals("Synthflow") ? "rawSynthflowGetNumber" : "rawAircallNumber";
            Figure sdk = figures.get(sdkName);
            Figure raw = figures.get(rawName);
            String call = vendor.equals("Synthflow") ? "SynthflowClient.getNumber" : "AircallClient.number";
            rows.add(List.of(call + " (SDK)", fmt(sdk.medianMicros()), fmt(sdk.p99Micros()), fmt(sdk.perSecond())));
            rows.add(List.of("same GET, raw OkHttp", fmt(raw.medianMicros()), fmt(raw.p99Micros()), fmt(raw.perSecond())));
            double ratio = sdk.medianMicros() / raw.medianMicros();
            checks.add(new Check(vendor + " SDK / raw median latency", String.format(Locale.ROOT, "<= %.2f", GOAL),
                    String.format(Locale.ROOT, "%.3f", ratio), ratio <= GOAL));
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        figures.forEach((name, f) -> raw.put(name, Map.of("medianMicros", f.medianMicros(), "p99Micros", f.p99Micros(),
                "perSecond", f.perSecond())));
        raw.put("harness", smoke ? "plain loop, 300 timed calls after 300 warm-up calls" : "JMH 1.37, 1 fork");
        List<String> notes = List.of(
                "Both paths hit one local WireMock stub that replays the simulators' answers; the raw request copies the"
                        + " SDK's method, path, query and headers from the simulator journal. Raw reads the body as bytes"
                        + " without parsing it; the SDK adds Retrofit, Jackson, the retry policy, the rate limiter and"
                        + " its interceptors.",
                "The Aircall client paces itself; here it gets a budget of 1,000,000 requests per second so that it"
                        + " never waits, and only the pacer's bookkeeping is measured.",
                smoke ? "Smoke run: plain loop, no JMH; figures are indicative only."
                        : "JMH: 1 fork, 3 x 1 s warm-up, 4 x 1 s measurement, sample-time mode (median, p99), then"
                        + " throughput mode (single thread).");
        return new GroupResult("client-overhead", "3. SDK overhead per request (localhost)",
                List.of("call", "median µs", "p99 µs", "requests/s (1 thread)"), rows, checks, notes, raw);
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
                + METHODS.size() * 9 + " s)");
        try {
            return new Runner(new OptionsBuilder()
                    .include(ClientOverheadBenchmark.class.getName() + ".*")
                    .mode(mode).timeUnit(unit)
                    .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(4).measurementTime(TimeValue.seconds(1))
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.SILENT)
                    .build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Figure> loop(int iterations) {
        ClientOverheadBenchmark bench = new ClientOverheadBenchmark();
        bench.start();
        try {
            Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
            calls.put("sdkSynthflowGetNumber", bench::sdkSynthflowGetNumber);
            calls.put("rawSynthflowGetNumber", bench::rawSynthflowGetNumber);
            calls.put("sdkAircallNumber", bench::sdkAircallNumber);
            calls.put("rawAircallNumber", bench::rawAircallNumber);
            Map<String, Figure> figures = new LinkedHashMap<>();
            calls.forEach((name, call) -> figures.put(name, time(call, iterations)));
            return figures;
        } finally {
            bench.stop();
        }
    }

    private static Figure time(Supplier<Object> call, int iterations) {
        for (int i = 0; i < iterations; i++) {
            call.get();
        }
        long[] nanos = new long[iterations];
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Figure(nanos[iterations / 2] / 1e3, nanos[(int) (iterations * 0.99)] / 1e3, iterations / seconds);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
