package io.trunkline.bench.internal;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.ValidIntegration;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.SmartflowStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;

/**
 * Group 2: provisions many DIDs with {@link IntegrationEngine#applyAll} against the simulators, with
 * Aircall's limit scaled to 120 requests per <em>second</em> on both sides (simulator and client
 * budget), in wall time on the real clock. Shows whether the client's pacing uses the budget fully
 * without collecting 429s. Runs under the limit alternate with runs without any limit (the
 * reference) after a shared warm-up, and the group states its conclusion from their figures.
 */
public final class BulkProvisioning {

    /** Aircall's documented 120 requests per minute, on a time scale 60 times faster. */
    static final int LIMIT = 120;
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final int CONCURRENCY = 8;
    /** The goal for the paced wall time over its floor: at most 15 % slower. */
    static final double PACING_GOAL = 1.15;
    /** Aircall lists numbers 50 per page ({@code per_page=50}, as the client asks). */
    private static final int AIRCALL_PAGE = 50;

    private final int dids;
    private final int rounds;

    /**
     * @param dids how many integrations to provision per run
     * @param rounds how many runs of each kind (with and without the limit), alternating
     */
    public BulkProvisioning(int dids, int rounds) {
        if (dids < 1 || rounds < 1) {
            throw new IllegalArgumentException("dids and rounds must be at least 1, got " + dids + " and " + rounds);
        }
        this.dids = dids;
        this.rounds = rounds;
    }

    /** @return the group's result */
    public GroupResult run() {
        List<IntegrationPlan> plans = IntStream.range(0, dids).mapToObj(BenchPlans::integration).toList();
        unpaced(plans); // shared warm-up: class loading, JIT and connection set-up, before either kind is timed
        List<Double> reference = new ArrayList<>();
        List<PacedRun> paced = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // alternate which kind goes first, so neither always runs on the warmer or the quieter machine
            if (round % 2 == 0) {
                reference.add(unpaced(plans));
                paced.add(paced(plans));
            } else {
                paced.add(paced(plans));
                reference.add(unpaced(plans));
            }
        }
        return result(paced, reference, aircallReadBound(plans));
    }

    /**
     * What one batch under the limit measured.
     *
     * @param wall wall time in seconds
     * @param batch the batch's result
     * @param aircallRequests Aircall requests the simulator received, refused ones included
     * @param aircall429 of those, answered 429
     * @param synthflowRequests Synthflow requests the simulator received
     * @param synthflowMaxInFlight most Synthflow requests in flight at once
     * @param aircallMaxInFlight most Aircall requests in flight at once
     * @param aircallBusySeconds seconds from the first to the last Aircall request
     */
    record PacedRun(double wall, BatchResult batch, long aircallRequests, long aircall429, long synthflowRequests,
                    int synthflowMaxInFlight, int aircallMaxInFlight, double aircallBusySeconds) {

        long failed() {
            return batch.count(BatchResult.Item.Status.FAILED);
        }
    }

    /** The batch with the limit on both sides (simulator and client budget). */
    private PacedRun paced(List<IntegrationPlan> plans) {
        RequestGauge synthflowGauge = new RequestGauge();
        RequestGauge aircallGauge = new RequestGauge();
        try (SeededSimulators vendors = new SeededSimulators(dids, LIMIT, WINDOW)) {
            IntegrationEngine engine = vendors.engine(
                    new OkHttpClient.Builder().addInterceptor(synthflowGauge).build(),
                    new OkHttpClient.Builder().addInterceptor(aircallGauge).build(),
                    StateStore.inMemory(), LIMIT, WINDOW);
            long start = System.nanoTime();
            BatchResult batch = engine.applyAll(plans, CONCURRENCY, ApplyListener.NONE, ManualStepConfirmer.NONE);
            double wall = (System.nanoTime() - start) / 1e9;
            return new PacedRun(wall, batch, vendors.aircall().requestCount(), vendors.aircall().rateLimitedCount(),
                    vendors.synthflow().requests().size(), synthflowGauge.maxInFlight(), aircallGauge.maxInFlight(),
                    aircallGauge.busySeconds());
        }
    }

    /** The same batch with no rate limit anywhere: how fast this machine runs it when pacing is not the bottleneck. */
    private double unpaced(List<IntegrationPlan> plans) {
        try (SeededSimulators vendors = new SeededSimulators(dids, SeededSimulators.UNPACED, WINDOW)) {
            IntegrationEngine engine = vendors.engine(new OkHttpClient(), StateStore.inMemory(), SeededSimulators.UNPACED,
                    WINDOW);
            long start = System.nanoTime();
            engine.applyAll(plans, CONCURRENCY, ApplyListener.NONE, ManualStepConfirmer.NONE);
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /**
     * What the figures say, in words: which of the two floors — the rate limit's lower bound and the
     * time this machine needs with no limit at all — sets the pace, and how far the paced run stays
     * above the higher floor. Derived from the figures only, so the conclusion cannot drift from them.
     *
     * @param requests the batch's Aircall requests
     * @param lowerBound Aircall requests / the limit, in seconds
     * @param reference median wall time with no limit anywhere, in seconds
     * @param paced median wall time under the limit, in seconds
     * @return one or two sentences
     */
    static String conclusion(long requests, double lowerBound, double reference, double paced) {
        double floor = Math.max(lowerBound, reference);
        boolean machineBound = reference > lowerBound;
        String paceSetter = requests <= LIMIT
                ? String.format(Locale.ROOT, "The limit cannot set the pace: the batch's %d Aircall requests fit in one"
                        + " window of the limit (%d per %d s), so none waits for the budget and the rate and lower-bound"
                        + " goals do not apply; with no limit at all the batch took %s × the lower bound.", requests,
                        LIMIT, WINDOW.toSeconds(), fmt(reference / lowerBound))
                : machineBound
                ? String.format(Locale.ROOT, "This machine, not the rate limit, sets the pace: with no limit at all the"
                        + " batch took %s × the rate-limit lower bound, so this run cannot show whether the pacer would"
                        + " use the whole limit (the rate and lower-bound goals are not judgeable here).",
                        fmt(reference / lowerBound))
                : String.format(Locale.ROOT, "The rate limit sets the pace: with no limit at all the batch took only %s ×"
                        + " the rate-limit lower bound.", fmt(reference / lowerBound));
        double overhead = paced / floor;
        String floorName = machineBound || requests <= LIMIT ? "the machine" : "the limit";
        String verdict = overhead <= 1
                ? "within the goal of " + fmt(PACING_GOAL) + ": pacing adds nothing measurable beyond what " + floorName
                        + " imposes."
                : String.format(Locale.ROOT, "%s the goal of %s: pacing adds %.0f %% beyond what %s imposes.",
                        overhead <= PACING_GOAL ? "within" : "above", fmt(PACING_GOAL), (overhead - 1) * 100, floorName);
        return paceSetter + " Under the limit it took " + fmt(paced / lowerBound) + " × the lower bound, " + fmt(overhead)
                + " × the higher of the two floors, " + verdict;
    }

    /**
     * Why the rate goals (Aircall rate / limit, wall time / lower bound) cannot be judged from this
     * run, or empty when they can: they say whether the pacer uses the whole limit, which a run shows
     * only when the limit sets its pace. A batch whose Aircall requests all fit in one window of the
     * limit is never slowed by it (its lower bound is a fluid approximation that the limit does not
     * enforce), and a batch this machine runs more slowly than the lower bound even without a limit is
     * paced by the machine.
     *
     * @param requests the batch's Aircall requests
     * @param lowerBound Aircall requests / the limit, in seconds
     * @param reference median wall time with no limit anywhere, in seconds
     * @return the reason, or empty when the rate goals are judged
     */
    static Optional<String> rateGoalsNotJudgeable(long requests, double lowerBound, double reference) {
        if (requests <= LIMIT) {
            return Optional.of("the batch's " + requests + " Aircall requests fit in one window of the limit (" + LIMIT
                    + " per " + WINDOW.toSeconds() + " s), so the limit cannot slow it: batch-shared reads keep it far"
                    + " below the budget");
        }
        if (reference > lowerBound) {
            return Optional.of("this machine needs " + fmt(reference / lowerBound) + " × the rate-limit lower bound even"
                    + " with no limit, so the machine, not the limit, sets the pace");
        }
        return Optional.empty();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /**
     * What a batch must read from Aircall at least: every page of the number list (the seeded numbers
     * plus the shared transfer line, 50 per page) and each team, user and line the integrations refer
     * to, once.
     */
    private long aircallReadBound(List<IntegrationPlan> plans) {
        Set<String> referenced = new HashSet<>();
        for (IntegrationPlan plan : plans) {
            ValidIntegration valid = plan.validated();
            if (valid.forward().fallback() instanceof SmartflowStep.RingTeam team) {
                referenced.add("TEAM " + team.teamId());
            } else if (valid.forward().fallback() instanceof SmartflowStep.RingUser user) {
                referenced.add("USER " + user.userId());
            }
            valid.transferTargets().forEach(t -> referenced.add(t.kind() + " " + t.id()));
            valid.dialledTransfers().forEach(t -> referenced.add("LINE " + t.lineId()));
        }
        long pages = (dids + 1 + AIRCALL_PAGE - 1) / AIRCALL_PAGE;
        return pages + referenced.size();
    }

    private GroupResult result(List<PacedRun> paced, List<Double> reference, long readBound) {
        double wall = median(paced.stream().map(PacedRun::wall).toList());
        double unlimited = median(reference);
        // counts come from the run of median wall time; 429s and failures from every paced run
        PacedRun typical = paced.stream().sorted(java.util.Comparator.comparingDouble(PacedRun::wall)).toList()
                .get(paced.size() / 2);
        long limited = paced.stream().mapToLong(PacedRun::aircall429).sum();
        long failed = paced.stream().mapToLong(PacedRun::failed).sum();
        long aircallRequests = typical.aircallRequests();
        double lowerBound = aircallRequests / (double) LIMIT;
        double achieved = aircallRequests / wall / LIMIT;
        double busyRate = typical.aircallBusySeconds() == 0 ? 0
                : (aircallRequests - 1) / typical.aircallBusySeconds() / LIMIT;
        double overFloor = wall / Math.max(lowerBound, unlimited);
        String conclusion = conclusion(aircallRequests, lowerBound, unlimited, wall);
        Optional<String> rateNotJudgeable = rateGoalsNotJudgeable(aircallRequests, lowerBound, unlimited);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Aircall requests", String.format(Locale.ROOT, "<= list pages + referenced resources %d + 10%% (%.1f)",
                readBound, readBound * 1.10), String.valueOf(aircallRequests), aircallRequests <= readBound * 1.10));
        if (rateNotJudgeable.isEmpty()) {
            checks.add(new Check("Aircall rate / limit", ">= 0.90", fmt(achieved), achieved >= 0.90));
        }
        checks.add(new Check("429 answers (all paced runs)", "= 0", String.valueOf(limited), limited == 0));
        if (rateNotJudgeable.isEmpty()) {
            checks.add(new Check("wall time / rate-limit lower bound", "<= " + fmt(PACING_GOAL), fmt(wall / lowerBound),
                    wall / lowerBound <= PACING_GOAL));
        }
        checks.add(new Check("wall time / max(lower bound, no-limit wall time)", "<= " + fmt(PACING_GOAL), fmt(overFloor),
                overFloor <= PACING_GOAL));
        checks.add(new Check("integrations failed (all paced runs)", "= 0", String.valueOf(failed), failed == 0));
        List<List<String>> rows = List.of(
                List.of("DIDs provisioned per run (applyAll, concurrency " + CONCURRENCY + ")", String.valueOf(dids)),
                List.of("runs, alternating after a shared warm-up", paced.size() + " under the limit, " + reference.size()
                        + " with no limit"),
                List.of("API changes applied / failed (all paced runs)",
                        (dids * (long) paced.size() - failed) + " / " + failed),
                List.of("Aircall requests per run (incl. refused)", String.valueOf(aircallRequests)),
                List.of("Synthflow requests per run", String.valueOf(typical.synthflowRequests())),
                List.of("wall time under the limit, median", fmt(wall) + " s"),
                List.of("wall time with no limit anywhere, median", fmt(unlimited) + " s"),
                List.of("rate-limit lower bound (Aircall requests / 120 per s)", fmt(lowerBound) + " s"),
                List.of("wall time / lower bound", fmt(wall / lowerBound)),
                List.of("no-limit wall time / lower bound", fmt(unlimited / lowerBound)),
                List.of("Aircall rate over the wall time, / limit", fmt(achieved)),
                List.of("Aircall rate from first to last request, / limit", fmt(busyRate)),
                List.of("Aircall 429 answers (all paced runs)", String.valueOf(limited)),
                List.of("Synthflow max concurrent requests", String.valueOf(typical.synthflowMaxInFlight())),
                List.of("Aircall max concurrent requests", String.valueOf(typical.aircallMaxInFlight())));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("dids", dids);
        figures.put("concurrency", CONCURRENCY);
        figures.put("rounds", rounds);
        figures.put("failed", failed);
        figures.put("aircallRequests", aircallRequests);
        figures.put("aircallReadBound", readBound);
        figures.put("synthflowRequests", typical.synthflowRequests());
        figures.put("pacedWallSeconds", paced.stream().map(PacedRun::wall).toList());
        figures.put("unlimitedWallSecondsEach", reference);
        figures.put("wallSeconds", wall);
        figures.put("lowerBoundSeconds", lowerBound);
        figures.put("unlimitedWallSeconds", unlimited);
        figures.put("aircallRateFractionOfLimit", achieved);
        figures.put("aircallBusyRateFractionOfLimit", busyRate);
        figures.put("wallOverHigherFloor", overFloor);
        figures.put("aircall429", limited);
        figures.put("synthflowMaxConcurrency", typical.synthflowMaxInFlight());
        figures.put("aircallMaxConcurrency", typical.aircallMaxInFlight());
        figures.put("conclusion", conclusion);
        List<String> notes = new ArrayList<>();
        notes.add("Conclusion: " + conclusion);
        rateNotJudgeable.ifPresent(why -> notes.add("Not judged in this run: Aircall rate / limit (>= 0.90) and wall time"
                + " / rate-limit lower bound (<= " + fmt(PACING_GOAL) + "), because " + why + ". Their figures are shown"
                + " above; the pacer's use of a shared budget is judged in group 6."));
        rateNotJudgeable.ifPresent(why -> figures.put("rateGoalsNotJudgeable", why));
        notes.add("Aircall's limit is scaled from 120/min to 120/s on the simulator (fixed window opened by the first"
                + " request) and on the client (its sliding-window pacer), so the run takes seconds; real system clock.");
        notes.add("Each DID is a guide-shaped integration with its own inbound assistant; all transfer to the same"
                + " support team through one shared Aircall line. Manual steps stay unconfirmed (status PENDING_MANUAL).");
        notes.add("After one shared warm-up batch, runs with no limit anywhere (the reference: how fast this machine"
                + " runs the batch when pacing is not the bottleneck) and runs under the limit alternate, the first of"
                + " each round flipping, so both see the same JVM and, on average, the same machine load. Wall times"
                + " are medians; the counts come from the paced run of median wall time.");
        notes.add("Synthflow has no documented rate limit and the simulator sets none; its concurrency is bounded by"
                + " applyAll's thread count.");
        paced.stream().flatMap(r -> r.batch().items().stream()).filter(i -> i.status() == BatchResult.Item.Status.FAILED)
                .limit(3).forEach(i -> notes.add("FAILED " + i.did() + ": "
                        + i.failure().map(Throwable::getMessage).orElse("?")));
        return new GroupResult("bulk-provisioning", "2. Bulk provisioning under Aircall's rate limit",
                List.of("figure", "value"), rows, checks, notes, figures);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
