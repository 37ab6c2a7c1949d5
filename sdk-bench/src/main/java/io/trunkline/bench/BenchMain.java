package io.trunkline.bench;

import io.trunkline.bench.internal.BenchOptions;
import io.trunkline.bench.internal.BulkProvisioning;
import io.trunkline.bench.internal.CallEconomy;
import io.trunkline.bench.internal.ClientOverhead;
import io.trunkline.bench.internal.FleetProvisioning;
import io.trunkline.bench.internal.Footprint;
import io.trunkline.bench.internal.GroupResult;
import io.trunkline.bench.internal.PlanningScale;
import io.trunkline.bench.internal.Report;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the benchmark groups, prints their tables and writes {@code results.json}. From the
 * repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-bench -am package -DskipTests -Dbench                       # full run
 * mvn -B -q -pl sdk-bench -am package -DskipTests -Dbench -Dbench.args=--smoke  # tiny sizes
 * }</pre>
 *
 * <p>Options: {@code --smoke} (tiny sizes, no JMH forks), {@code --out DIR} (default
 * {@code target/bench}), {@code --groups 1,2,3,4,5,6} (group 6 needs PostgreSQL: run through {@code scripts/test-postgres.sh}).
 */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * @param args the options above
     */
    public static void main(String[] args) {
        BenchOptions options = BenchOptions.parse(Arrays.asList(args));
        Report report = run(options);
        System.out.println(report.markdown());
        System.out.println("results: " + options.out().resolve("results.json").toAbsolutePath());
    }

    /**
     * Runs the selected groups and writes {@code results.json} into the output directory.
     *
     * @param options what to run
     * @return the report
     */
    public static Report run(BenchOptions options) {
        Report report = new Report(options.mode(), Instant.now());
        Map<Integer, Function<BenchOptions, GroupResult>> groups = new LinkedHashMap<>();
        groups.put(1, o -> new CallEconomy().run());
        groups.put(2, o -> new BulkProvisioning(o.smoke() ? 5 : 200, o.smoke() ? 2 : 3).run());
        groups.put(3, o -> new ClientOverhead(o.smoke()).run());
        groups.put(4, o -> new PlanningScale(o.smoke() ? List.of(1, 10, 100) : List.of(1, 100, 1_000, 10_000)).run());
        groups.put(5, o -> new Footprint(o.smoke() ? 1 : 3).run());
        groups.put(6, o -> new FleetProvisioning(o.smoke() ? 12 : 70, List.of(1, 2, 4)).run());
        for (Map.Entry<Integer, Function<BenchOptions, GroupResult>> group : groups.entrySet()) {
            if (options.groups().contains(group.getKey())) {
                long start = System.nanoTime();
                GroupResult result = group.getValue().apply(options);
                report.add(result);
                System.err.printf("[bench] %s done in %.1f s%n", result.title(), (System.nanoTime() - start) / 1e9);
            }
        }
        Path json = options.out().resolve("results.json");
        report.writeJson(json);
        return report;
    }
}
