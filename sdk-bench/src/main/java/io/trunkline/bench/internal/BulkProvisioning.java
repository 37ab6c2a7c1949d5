package io.trunkline.bench.internal;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.ValidIntegration;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.BatchItem;
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
import java.util.Set;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;

/**
 * Group 2: provisions many DIDs with {@link IntegrationEngine#applyAll} against the simulators, with
 * Aircall's limit scaled to 120 requests per <em>second</em> on both sides (simulator and client
 * budget), in wall time on the real clock. Shows whether the client's pacing uses the budget fully
 * without collecting 429s.
 */
public final class BulkProvisioning {

    /** Aircall's documented 120 requests per minute, on a time scale 60 times faster. */
    static final int LIMIT = 120;
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final int CONCURRENCY = 8;
    /** Aircall lists numbers 50 per page ({@code per_page=50}, as the client asks). */
    private static final int AIRCALL_PAGE = 50;

    private final int dids;

    /** @param dids how many integrations to provision */
    public BulkProvisioning(int dids) {
        this.dids = dids;
    }

    /** @return the group's result */
    public GroupResult run() {
        List<IntegrationPlan> plans = IntStream.range(0, dids).mapToObj(BenchPlans::integration).toList();
        double unlimited = unlimitedWallSeconds(plans);
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
            return result(batch, wall, unlimited, vendors, synthflowGauge, aircallGauge, aircallReadBound(plans));
        }
    }

    /** The same batch with no rate limit anywhere: how fast this machine runs it when pacing is not the bottleneck. */
    private double unlimitedWallSeconds(List<IntegrationPlan> plans) {
        try (SeededSimulators vendors = new SeededSimulators(dids, SeededSimulators.UNPACED, WINDOW)) {
            IntegrationEngine engine = vendors.engine(new OkHttpClient(), StateStore.inMemory(), SeededSimulators.UNPACED,
                    WINDOW);
            long start = System.nanoTime();
            engine.applyAll(plans, CONCURRENCY, ApplyListener.NONE, ManualStepConfirmer.NONE);
            return (System.nanoTime() - start) / 1e9;
        }
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

    private GroupResult result(BatchResult batch, double wall, double unlimited, SeededSimulators vendors,
                               RequestGauge synthflowGauge, RequestGauge aircallGauge, long readBound) {
        long aircallRequests = vendors.aircall().requestCount();
        long limited = vendors.aircall().rateLimitedCount();
        long synthflowRequests = vendors.synthflow().requests().size();
        double lowerBound = aircallRequests / (double) LIMIT;
        double achieved = aircallRequests / wall / LIMIT;
        double busyRate = aircallGauge.busySeconds() == 0 ? 0 : (aircallRequests - 1) / aircallGauge.busySeconds() / LIMIT;
        long failed = batch.count(BatchItem.Status.FAILED);
        List<Check> checks = List.of(
                new Check("Aircall requests", String.format(Locale.ROOT, "<= list pages + referenced resources %d + 10%% (%.1f)",
                        readBound, readBound * 1.10), String.valueOf(aircallRequests), aircallRequests <= readBound * 1.10),
                new Check("Aircall rate / limit", ">= 0.90", fmt(achieved), achieved >= 0.90),
                new Check("429 answers", "= 0", String.valueOf(limited), limited == 0),
                new Check("wall time / rate-limit lower bound", "<= 1.15", fmt(wall / lowerBound), wall / lowerBound <= 1.15),
                new Check("integrations failed", "= 0", String.valueOf(failed), failed == 0));
        List<List<String>> rows = List.of(
                List.of("DIDs provisioned (applyAll, concurrency " + CONCURRENCY + ")", String.valueOf(dids)),
                List.of("API changes applied / failed", (dids - failed) + " / " + failed),
                List.of("Aircall requests (incl. refused)", String.valueOf(aircallRequests)),
                List.of("Synthflow requests", String.valueOf(synthflowRequests)),
                List.of("wall time", fmt(wall) + " s"),
                List.of("rate-limit lower bound (Aircall requests / 120 per s)", fmt(lowerBound) + " s"),
                List.of("wall time / lower bound", fmt(wall / lowerBound)),
                List.of("reference: same batch with no rate limit anywhere", fmt(unlimited) + " s"),
                List.of("Aircall rate over the wall time, / limit", fmt(achieved)),
                List.of("Aircall rate from first to last request, / limit", fmt(busyRate)),
                List.of("Aircall 429 answers", String.valueOf(limited)),
                List.of("Synthflow max concurrent requests", String.valueOf(synthflowGauge.maxInFlight())),
                List.of("Aircall max concurrent requests", String.valueOf(aircallGauge.maxInFlight())));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("dids", dids);
        figures.put("concurrency", CONCURRENCY);
        figures.put("failed", failed);
        figures.put("aircallRequests", aircallRequests);
        figures.put("synthflowRequests", synthflowRequests);
        figures.put("wallSeconds", wall);
        figures.put("lowerBoundSeconds", lowerBound);
        figures.put("unlimitedWallSeconds", unlimited);
        figures.put("aircallRateFractionOfLimit", achieved);
        figures.put("aircallBusyRateFractionOfLimit", busyRate);
        figures.put("aircall429", limited);
        figures.put("synthflowMaxConcurrency", synthflowGauge.maxInFlight());
        figures.put("aircallMaxConcurrency", aircallGauge.maxInFlight());
        List<String> notes = new ArrayList<>();
        notes.add("Aircall's limit is scaled from 120/min to 120/s on the simulator (fixed window opened by the first"
                + " request) and on the client (its sliding-window pacer), so the run takes seconds; real system clock.");
        notes.add("Each DID is a guide-shaped integration with its own inbound assistant; all transfer to the same"
                + " support team through one shared Aircall line. Manual steps stay unconfirmed (status PENDING_MANUAL).");
        notes.add("The reference run without any limit shows whether the rate limit is the bottleneck at all: when it"
                + " takes about as long as the lower bound or longer, this machine (CPU for both simulators and the"
                + " SDK) is the bottleneck and the rate and wall-time goals cannot be judged from this run.");
        notes.add("Aircall requests bound: the number list's pages (" + (dids + 1) + " numbers, " + AIRCALL_PAGE
                + " per page) plus each distinct team, user and line the integrations refer to (" + readBound
                + " in all). A batch reads Aircall through one snapshot, so it sends few requests and the rate"
                + " and wall-time goals, made for a batch that saturates the limit, measure little.");
        notes.add("Synthflow has no documented rate limit and the simulator sets none; its concurrency is bounded by"
                + " applyAll's thread count.");
        batch.items().stream().filter(i -> i.status() == BatchItem.Status.FAILED).limit(3)
                .forEach(i -> notes.add("FAILED " + i.did() + ": " + i.failure().map(Throwable::getMessage).orElse("?")));
        return new GroupResult("bulk-provisioning", "2. Bulk provisioning under Aircall's rate limit",
                List.of("figure", "value"), rows, checks, notes, figures);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
