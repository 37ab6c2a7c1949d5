package io.trunkline.bench.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.trunkline.aircall.AircallClient;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.aircall.AircallContactCenter;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.BatchResult;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.core.model.Secret;
import io.trunkline.state.jdbc.PostgresRateBudget;
import io.trunkline.state.jdbc.PostgresStateStore;
import io.trunkline.synthflow.SynthflowAgentPlatform;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One replica of a service, in its own JVM: it converges the given {@link BenchPlans} integrations
 * against the vendors at the given URLs, with the state store and the Aircall rate budget on the
 * PostgreSQL schema every replica shares, wired as the README's "Running in several replicas" shows.
 * {@link Fleet} starts several and reads what each prints:
 *
 * <pre>
 * item DID STATUS WRITES      one per integration; WRITES = changes this replica applied
 * aircall-sent MILLIS,…       when each Aircall request left this replica (epoch ms)
 * </pre>
 *
 * <p>Arguments: {@code synthflowUrl workspace aircallUrl limit windowMillis concurrency schema
 * index,index,…}; each integration is converged as a batch of its own, {@code concurrency} at a time. Environment: {@code SYNTHFLOW_API_KEY}, {@code AIRCALL_API_ID},
 * {@code AIRCALL_API_TOKEN}, {@code TRUNKLINE_TEST_PG_URL}, {@code TRUNKLINE_TEST_PG_USER}.
 */
public final class FleetReplica {

    private FleetReplica() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(env.get("TRUNKLINE_TEST_PG_URL"));
        postgres.setUser(env.get("TRUNKLINE_TEST_PG_USER"));
        postgres.setCurrentSchema(args[6]);
        postgres.setApplicationName("trunkline-replica-" + ProcessHandle.current().pid());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(postgres);
        // a DID lock holds a connection for its apply: one per concurrent apply, one for the budget, one spare
        pool.setMaximumPoolSize(Integer.parseInt(args[5]) + 2);
        ConcurrentLinkedQueue<Long> aircallSent = new ConcurrentLinkedQueue<>();
        OkHttpClient aircallHttp = new OkHttpClient.Builder().addInterceptor(chain -> {
            aircallSent.add(System.currentTimeMillis());
            return chain.proceed(chain.request());
        }).build();

        try (HikariDataSource dataSource = new HikariDataSource(pool);
             SynthflowClient synthflow = SynthflowClient.create(SynthflowConfig.builder()
                     .apiKey(Secret.of(env.get("SYNTHFLOW_API_KEY"))).workspaceId(args[1]).baseUrl(args[0]).build());
             AircallClient aircall = AircallClient.create(AircallConfig.builder()
                     .apiId(Secret.of(env.get("AIRCALL_API_ID"))).apiToken(Secret.of(env.get("AIRCALL_API_TOKEN")))
                     .baseUrl(args[2]).http(http -> http.okHttpClient(aircallHttp))
                     .rateLimit(Integer.parseInt(args[3]), Duration.ofMillis(Long.parseLong(args[4])))
                     .sharedRateBudget(PostgresRateBudget.create(dataSource, "aircall"))   // one budget, all replicas
                     .build())) {
            IntegrationEngine engine = IntegrationEngine.builder()
                    .agentPlatform(SynthflowAgentPlatform.create(synthflow))
                    .contactCenter(AircallContactCenter.create(aircall))
                    .stateStore(PostgresStateStore.create(dataSource))                       // one journal, per-DID locks
                    .build();
            List<IntegrationPlan> plans = Arrays.stream(args[7].split(","))
                    .map(i -> BenchPlans.integration(Integer.parseInt(i))).toList();
            // Warm the HTTP stack (OkHttp, Retrofit, Jackson) on Synthflow, which has no rate limit: a cold
            // JVM's first request can reach Aircall later than the pacer's guard allows for, and so open the
            // simulator's fixed window late enough for a request a window later to land in it.
            synthflow.checkCredentials();
            report(convergeOneByOne(engine, plans, Integer.parseInt(args[5])), aircallSent, System.out);
        } finally {
            aircallHttp.dispatcher().executorService().shutdown();
            aircallHttp.connectionPool().evictAll();
        }
    }

    /**
     * Converges each integration as a request of its own, {@code concurrency} at a time, as a service
     * onboarding one line per request does. One {@code applyAll} of every DID would read Aircall's
     * number list and each referenced resource once for the whole batch, leaving the shared budget
     * nothing to pace; single-DID batches read Aircall for each DID, which is what replicas contend for.
     */
    private static BatchResult convergeOneByOne(IntegrationEngine engine, List<IntegrationPlan> plans,
                                                int concurrency) {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<BatchResult>> results = plans.stream()
                    .map(plan -> threads.submit(() -> engine.applyAll(List.of(plan), 1, ApplyListener.NONE,
                            ManualStepConfirmer.NONE)))
                    .toList();
            List<BatchResult.Item> items = new ArrayList<>();
            for (Future<BatchResult> result : results) {
                items.addAll(result.get().items());
            }
            return new BatchResult(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converging", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a convergence failed outside its batch result", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void report(BatchResult batch, ConcurrentLinkedQueue<Long> aircallSent, PrintStream out) {
        for (BatchResult.Item item : batch.items()) {
            out.println("item " + item.did() + " " + item.status() + " "
                    + (item.result() == null ? 0 : item.result().succeededCount())
                    + item.failure().map(e -> " " + e.getMessage().replace('\n', ' ')).orElse(""));
        }
        out.println("aircall-sent " + aircallSent.stream().map(String::valueOf).collect(Collectors.joining(",")));
        out.flush();
    }
}
