package io.trunkline.bench.internal;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Group 4: time and memory allocated per integration to validate and to plan (against
 * {@link InMemoryVendors}) N guide-shaped integrations, for growing N, after a warm-up. Allocation
 * is the current thread's, from {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}.
 */
public final class PlanningScale {

    /** Runs per size: more for small sizes, whose short runs a busy machine disturbs most. */
    private static final int MIN_REPETITIONS = 5;
    private static final int MAX_REPETITIONS = 50;
    private static final int INTEGRATIONS_PER_SIZE = 20_000;
    private static final double LINEAR_TOLERANCE = 1.5;
    private static final double VALIDATE_1000_BUDGET_MS = 50;

    private final List<Integer> sizes;

    /** @param sizes the numbers of integrations, ascending, e.g. 1, 100, 1000, 10000 */
    public PlanningScale(List<Integer> sizes) {
        this.sizes = List.copyOf(sizes);
    }

    /** Per-integration figures for one size and one operation. */
    private record Cost(int size, double totalMillis, double microsEach, double bytesEach) {
    }

    /** @return the group's result */
    public GroupResult run() {
        int largest = sizes.get(sizes.size() - 1);
        List<IntegrationPlan> all = IntStream.range(0, largest).mapToObj(BenchPlans::integration).toList();
        IntegrationEngine engine = engine(largest);
        warmUp(all.subList(0, Math.min(1000, largest)), engine);
        List<Cost> validate = new ArrayList<>();
        List<Cost> plan = new ArrayList<>();
        for (int size : sizes) {
            List<IntegrationPlan> plans = all.subList(0, size);
            validate.add(measure(plans, IntegrationPlan::validate));
            IntegrationEngine sized = engine(size);
            plan.add(measure(plans, sized::plan));
        }
        return result(validate, plan);
    }

    private static IntegrationEngine engine(int integrations) {
        InMemoryVendors vendors = new InMemoryVendors(integrations);
        return IntegrationEngine.builder().agentPlatform(vendors.platform()).contactCenter(vendors.contactCenter())
                .stateStore(StateStore.inMemory()).build();
    }

    private static void warmUp(List<IntegrationPlan> plans, IntegrationEngine engine) {
        for (int round = 0; round < 20; round++) {
            plans.forEach(IntegrationPlan::validate);
            plans.forEach(engine::plan);
        }
    }

    /** The lowest time and the lowest allocation over several repetitions (the least disturbed by the machine). */
    private static Cost measure(List<IntegrationPlan> plans, Consumer<IntegrationPlan> operation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int repetitions = Math.max(MIN_REPETITIONS, Math.min(MAX_REPETITIONS, INTEGRATIONS_PER_SIZE / plans.size()));
        long[] nanos = new long[repetitions];
        long[] bytes = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long allocated = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            plans.forEach(operation);
            nanos[r] = System.nanoTime() - start;
            bytes[r] = threads.getThreadAllocatedBytes(thread) - allocated;
        }
        int best = IntStream.range(0, repetitions).boxed().min((a, b) -> Long.compare(nanos[a], nanos[b])).orElseThrow();
        int n = plans.size();
        return new Cost(n, nanos[best] / 1e6, nanos[best] / 1e3 / n, (double) Arrays.stream(bytes).min().orElseThrow() / n);
    }

    private GroupResult result(List<Cost> validate, List<Cost> plan) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            Cost v = validate.get(i);
            Cost p = plan.get(i);
            rows.add(List.of(String.format(Locale.ROOT, "%,d", v.size()), fmt(v.totalMillis()), fmt(v.microsEach()),
                    kib(v.bytesEach()), fmt(p.totalMillis()), fmt(p.microsEach()), kib(p.bytesEach())));
            figures.put(String.valueOf(v.size()), Map.of("validate", v, "plan", p));
        }
        List<Check> checks = new ArrayList<>();
        if (sizes.size() >= 3) {
            int ref = 1; // the second size: the first (1 integration) is dominated by timer resolution
            int last = sizes.size() - 1;
            checks.add(linear("validate time", validate.get(ref).microsEach(), validate.get(last).microsEach(), last));
            checks.add(linear("validate memory", validate.get(ref).bytesEach(), validate.get(last).bytesEach(), last));
            checks.add(linear("plan time", plan.get(ref).microsEach(), plan.get(last).microsEach(), last));
            checks.add(linear("plan memory", plan.get(ref).bytesEach(), plan.get(last).bytesEach(), last));
        }
        validate.stream().filter(c -> c.size() == 1000).findFirst().ifPresent(c -> checks.add(new Check(
                "validate 1,000 integrations (warm)", "< 50 ms", fmt(c.totalMillis()) + " ms",
                c.totalMillis() < VALIDATE_1000_BUDGET_MS)));
        List<String> notes = new ArrayList<>();
        notes.add("Guide-shaped integrations; plan runs against read-only, hash-indexed in-memory ports (no HTTP), so it"
                + " measures validation, the planner, diffing and the manual-step ledger. Warm-up: 20 rounds of"
                + " validate + plan over up to 1,000 integrations; then, per size, the best of " + MIN_REPETITIONS + " to "
                + MAX_REPETITIONS + " runs (more for smaller sizes) with the least allocation seen.");
        notes.add("Linear growth is judged as per-integration cost at the largest size <= " + LINEAR_TOLERANCE
                + " x the cost at the second size (the first, a single integration, is timer noise).");
        if (checks.stream().noneMatch(c -> c.name().startsWith("validate 1,000"))) {
            notes.add("The 1,000-integration validation budget is only checked in the full run.");
        }
        return new GroupResult("planning-scale", "4. Validation and planning scale (in-memory)",
                List.of("integrations", "validate ms", "µs each", "KiB each", "plan ms", "µs each", "KiB each"),
                rows, checks, notes, figures);
    }

    private Check linear(String what, double reference, double largest, int last) {
        double ratio = largest / reference;
        return new Check(what + " per integration, " + String.format(Locale.ROOT, "%,d", sizes.get(last)) + " vs "
                + String.format(Locale.ROOT, "%,d", sizes.get(1)), "ratio <= " + LINEAR_TOLERANCE,
                String.format(Locale.ROOT, "%.2f", ratio), ratio <= LINEAR_TOLERANCE);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String kib(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024);
    }
}
