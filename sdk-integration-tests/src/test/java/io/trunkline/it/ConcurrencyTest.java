package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent applies. Two applies of one plan — from two threads of one SDK, and from two SDK
 * instances sharing one state store (two engines, two clients each, as two services in one JVM
 * would be wired) — end with one set of resources: the engine serialises plan-and-apply per DID
 * JVM-wide, and the second apply finds everything through the journal and the DID. Two instances
 * with separate stores can only recognise each other's transfer actions when Synthflow's read-back
 * is confirmed (SF-LIVE-TRANSFER-READBACK): a transfer action has no natural key. Many integrations
 * applied at once share one Aircall client and stay under Aircall's rate limit.
 */
@Order(3)
class ConcurrencyTest {

    private static final int DIDS = 20;
    private static final int CONCURRENCY = 4;
    private static final int AIRCALL_LIMIT = 10;
    private static final Duration AIRCALL_WINDOW = Duration.ofSeconds(1);
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();

    @AfterAll
    static void writeFigures() {
        Figures.write("concurrency", FIGURES);
    }

    @Test
    void twoThreadsConvergingOnePlanThroughOneSdkEndWithOneSetOfResources() throws Exception {
        try (Vendors vendors = new Vendors(1)) {
            IntegrationEngine engine = Sdk.against(vendors).build().engine;
            List<ApplyResult> results = race(engine, engine, Plans.integration(0));

            assertOneSetOfResources(vendors);
            assertThat(results.stream().mapToInt(ApplyResult::succeededCount).sum())
                    .as("writes across both applies").isEqualTo(results.stream()
                            .mapToInt(ApplyResult::succeededCount).max().orElseThrow());
            new Lifecycle(engine, Plans.integration(0), 1).destroy();
            assertThat(vendors.numbers()).isEmpty();
            assertThat(vendors.actions()).isEmpty();
            FIGURES.put("sameSdkTwoThreads", "1 set of resources, 0 leaks");
        }
    }

    @ParameterizedTest
    @EnumSource(VendorProfile.class)
    void twoSdkInstancesSharingAStoreConvergingOnePlanAtOnceEndWithOneSetOfResources(VendorProfile profile)
            throws Exception {
        try (Vendors vendors = new Vendors(1, profile)) {
            StateStore shared = StateStore.inMemory();
            IntegrationEngine a = Sdk.against(vendors).store(shared).build().engine;
            IntegrationEngine b = Sdk.against(vendors).store(shared).build().engine;
            IntegrationPlan integration = Plans.integration(0);
            List<ApplyResult> results = race(a, b, integration);

            assertOneSetOfResources(vendors);
            boolean aWrote = results.get(0).succeededCount() > 0;
            assertThat(aWrote).as("exactly one instance wrote").isNotEqualTo(results.get(1).succeededCount() > 0);
            new Lifecycle(aWrote ? b : a, integration, 1).destroy();
            assertThat(vendors.numbers()).isEmpty();
            assertThat(vendors.actions()).isEmpty();
            FIGURES.put("twoSdkInstances", "1 set of resources with one shared state store, under both profiles, 0 leaks");
        }
    }

    @Test
    void twoSdkInstancesWithSeparateStoresEndWithOneSetOfResourcesOwnedByOneWhenReadBackIsConfirmed()
            throws Exception {
        try (Vendors vendors = new Vendors(1, VendorProfile.LEDGER_ASSUMPTIONS)) {
            IntegrationEngine a = Sdk.against(vendors).build().engine;
            IntegrationEngine b = Sdk.against(vendors).build().engine;
            IntegrationPlan integration = Plans.integration(0);
            List<ApplyResult> results = race(a, b, integration);

            assertOneSetOfResources(vendors);
            boolean aWrote = results.get(0).succeededCount() > 0;
            assertThat(aWrote).as("exactly one instance wrote").isNotEqualTo(results.get(1).succeededCount() > 0);
            // the other adopted nothing: destroying through it leaves everything in place
            new Lifecycle(aWrote ? b : a, integration, 1).destroy();
            assertOneSetOfResources(vendors);
            new Lifecycle(aWrote ? a : b, integration, 1).destroy();
            assertThat(vendors.numbers()).isEmpty();
            assertThat(vendors.actions()).isEmpty();
            FIGURES.put("twoSdkInstancesSeparateStores", "1 set of resources, owned by the instance that wrote it, "
                    + "0 leaks (read-back confirmed only)");
        }
    }

    @Test
    void twentyIntegrationsAppliedConcurrentlyStayUnderAircallsRateLimit() {
        AircallSimulator.Builder aircall = AircallSimulator.builder().rateLimit(AIRCALL_LIMIT, AIRCALL_WINDOW);
        try (Vendors vendors = new Vendors(DIDS, VendorProfile.DOCUMENTED_ONLY, aircall);
             VirtualTime time = new VirtualTime(vendors.clock)) {
            Sdk sdk = Sdk.against(vendors).sleeper(time).aircallRateLimit(AIRCALL_LIMIT, AIRCALL_WINDOW).build();
            List<IntegrationPlan> plans = IntStream.range(0, DIDS).mapToObj(Plans::integration).toList();

            BatchResult batch = sdk.engine.applyAll(plans, CONCURRENCY, ApplyListener.NONE, Lifecycle.ALL_DONE);

            assertThat(batch.items()).extracting(BatchResult.Item::status).as(batch.toString())
                    .containsOnly(BatchResult.Item.Status.CONVERGED);
            assertThat(vendors.aircall.rateLimitedCount()).as("Aircall 429s").isZero();
            for (int n = 0; n < DIDS; n++) {
                assertThat(vendors.numbersFor(Vendors.did(n))).isEqualTo(1);
                assertThat(vendors.attachmentsOf(n)).isEqualTo(2);
            }
            assertThat(vendors.actions()).hasSize(2 * DIDS);
            FIGURES.put("batchIntegrations", DIDS);
            FIGURES.put("batchConcurrency", CONCURRENCY);
            FIGURES.put("batchConverged", batch.count(BatchResult.Item.Status.CONVERGED));
            FIGURES.put("batchAircallBudget", AIRCALL_LIMIT + " per " + AIRCALL_WINDOW.toSeconds() + " s (client) = "
                    + AIRCALL_LIMIT + " per " + AIRCALL_WINDOW.toSeconds() + " s (simulated company limit)");
            FIGURES.put("batchAircall429s", vendors.aircall.rateLimitedCount());
        }
    }

    @Test
    void aClientBudgetAboveTheCompanysLimitCollects429sButStillConverges() throws Exception {
        // The negative control: it shows the 429 count above can be non-zero. Rate-limit headers only
        // on 429s, so the client cannot learn the lower limit from successful answers. Each DID runs as
        // its own batch, so none shares another's Aircall reads and the company's limit is exceeded.
        AircallSimulator.Builder aircall = AircallSimulator.builder().rateLimit(AIRCALL_LIMIT, AIRCALL_WINDOW)
                .rateLimitHeaders(AircallSimulator.RateLimitHeaders.ONLY_WHEN_LIMITED);
        try (Vendors vendors = new Vendors(DIDS / 2, VendorProfile.DOCUMENTED_ONLY, aircall);
             VirtualTime time = new VirtualTime(vendors.clock)) {
            Sdk sdk = Sdk.against(vendors).sleeper(time).aircallRateLimit(3 * AIRCALL_LIMIT, AIRCALL_WINDOW).build();
            List<IntegrationPlan> plans = IntStream.range(0, DIDS / 2).mapToObj(Plans::integration).toList();

            BatchResult batch = oneBatchPerDid(sdk.engine, plans);

            assertThat(vendors.aircall.rateLimitedCount()).as("Aircall 429s").isPositive();
            batch.items().stream().filter(i -> i.status() == BatchResult.Item.Status.FAILED)
                    .forEach(i -> assertThat(Failures.vendorCause(i.error())).get().isInstanceOf(RateLimitedException.class));
            assertThat(batch.count(BatchResult.Item.Status.CONVERGED)).as(batch.toString()).isEqualTo(DIDS / 2);
        }
    }

    private static BatchResult oneBatchPerDid(IntegrationEngine engine, List<IntegrationPlan> plans) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Callable<BatchResult>> batches = plans.stream().<Callable<BatchResult>>map(plan ->
                    () -> engine.applyAll(List.of(plan), 1, ApplyListener.NONE, Lifecycle.ALL_DONE)).toList();
            List<BatchResult.Item> items = new ArrayList<>();
            for (Future<BatchResult> batch : pool.invokeAll(batches)) {
                items.addAll(batch.get().items());
            }
            return new BatchResult(items);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ApplyResult> race(IntegrationEngine a, IntegrationEngine b, IntegrationPlan integration)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApplyResult>> futures = new ArrayList<>();
            for (IntegrationEngine engine : List.of(a, b)) {
                Callable<ApplyResult> converge = () -> {
                    start.await();
                    return engine.converge(integration, ApplyListener.NONE, Lifecycle.ALL_DONE);
                };
                futures.add(pool.submit(converge));
            }
            start.countDown();
            List<ApplyResult> results = new ArrayList<>();
            for (Future<ApplyResult> future : futures) {
                ApplyResult result = future.get(60, TimeUnit.SECONDS);
                assertThat(result.complete()).isTrue();
                results.add(result);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneSetOfResources(Vendors vendors) {
        assertThat(vendors.numbersFor(Vendors.did(0))).as("Synthflow numbers for the DID").isEqualTo(1);
        assertThat(vendors.actions()).as("transfer actions").hasSize(2);
        assertThat(vendors.attachmentsOf(0)).as("attachments").isEqualTo(2);
    }
}
