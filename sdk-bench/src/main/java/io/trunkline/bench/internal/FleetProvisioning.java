package io.trunkline.bench.internal;

import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Group 6: bulk provisioning by 1, 2 and 4 replicas (separate JVMs, {@link Fleet}) that share one
 * PostgreSQL state store and one Aircall rate budget, each converging its own share of the DIDs.
 * Shows whether the replicas together use Aircall's limit fully (goal ≥ 0.85 of it) without a 429,
 * at every replica count.
 */
public final class FleetProvisioning {

    /**
     * Aircall's rate of 120 per minute with the window scaled from a minute to 10 s: 20 per 10 s. So
     * low that the limit, not this machine's CPU running the simulators, PostgreSQL and up to four
     * JVMs, is the bottleneck; the window is long enough that the pacer's guard (2 %, 200 ms) covers
     * how late a request from a cold replica reaches the simulator on a loaded machine, as it covers
     * it against Aircall's minute.
     */
    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final int CONCURRENCY = 4;
    static final double RATE_GOAL = 0.85;

    private final int dids;
    private final List<Integer> processCounts;

    /**
     * @param dids how many integrations each run provisions, shared out among the replicas
     * @param processCounts the replica counts to run, e.g. 1, 2, 4
     */
    public FleetProvisioning(int dids, List<Integer> processCounts) {
        this.dids = dids;
        this.processCounts = List.copyOf(processCounts);
    }

    /** @return the group's result; without a PostgreSQL server, a result that says why nothing ran */
    public GroupResult run() {
        String unavailable = Fleet.unavailable().orElse(null);
        if (unavailable != null) {
            return new GroupResult("fleet-provisioning", TITLE, List.of("figure", "value"), List.of(),
                    List.of(new Check("ran", "with PostgreSQL", "not run", false)), List.of("Not run: " + unavailable),
                    Map.of("ran", false));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int processes : processCounts) {
            figures.put(String.valueOf(processes), measure(processes, rows, checks));
        }
        List<String> notes = List.of(
                "Each replica is a separate JVM (FleetReplica) wired as the README's \"Running in several replicas\""
                        + " shows: PostgresStateStore and PostgresRateBudget on one schema; the DIDs are dealt out"
                        + " round-robin; each replica converges them one DID per batch (as a service onboarding one line per"
                        + " request does), " + CONCURRENCY + " at a time, so every DID reads Aircall.",
                "Aircall's limit is scaled to " + LIMIT + " requests per " + WINDOW.toSeconds() + " s on the simulator"
                        + " (a fixed window opened by the first request) and in the replicas' shared budget. Simulators"
                        + " grant documented behaviour only; real system clock.",
                "Combined rate = Aircall requests of all replicas / (last send - first send + one window) in windows,"
                        + " / limit; send times are taken in each replica as a request leaves it (one host, one clock).");
        return new GroupResult("fleet-provisioning", TITLE,
                List.of("replicas", "DIDs", "failed", "Aircall requests", "429", "combined rate / limit", "wall s",
                        "Synthflow requests"), rows, checks, notes, figures);
    }

    private static final String TITLE = "6. Bulk provisioning by several replicas sharing one Aircall budget";

    private Map<String, Object> measure(int processes, List<List<String>> rows, List<Check> checks) {
        try (SeededSimulators vendors = new SeededSimulators(dids, LIMIT, WINDOW, VendorProfile.DOCUMENTED_ONLY)) {
            Fleet.Run run = new Fleet(vendors, LIMIT, WINDOW, CONCURRENCY).run(processes,
                    p -> IntStream.range(0, dids).filter(i -> i % processes == p).boxed().toList(), Duration.ofMinutes(10));
            long requests = vendors.aircall().requestCount();
            long limited = vendors.aircall().rateLimitedCount();
            long failed = run.failedItems().size() + (dids - run.items().size());
            double rate = run.aircallRateOfLimit(LIMIT, WINDOW);
            int synthflow = vendors.synthflow().requests(r -> true).size();
            rows.add(List.of(String.valueOf(processes), String.valueOf(dids), String.valueOf(failed), String.valueOf(requests),
                    String.valueOf(limited), fmt(rate), fmt(run.wallSeconds()), String.valueOf(synthflow)));
            String who = processes + (processes == 1 ? " replica" : " replicas");
            checks.add(new Check(who + ": combined Aircall rate / limit", ">= " + RATE_GOAL, fmt(rate), rate >= RATE_GOAL));
            checks.add(new Check(who + ": 429 answers", "= 0", String.valueOf(limited), limited == 0));
            checks.add(new Check(who + ": integrations failed", "= 0", String.valueOf(failed),
                    failed == 0 && run.replicaFailures().isEmpty()));
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("dids", dids);
            figures.put("failed", failed);
            figures.put("replicaFailures", run.replicaFailures());
            figures.put("aircallRequests", requests);
            figures.put("aircall429", limited);
            figures.put("aircallRateFractionOfLimit", rate);
            figures.put("wallSeconds", run.wallSeconds());
            figures.put("synthflowRequests", synthflow);
            return figures;
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
