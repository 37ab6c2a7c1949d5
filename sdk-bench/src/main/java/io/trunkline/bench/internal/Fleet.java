package io.trunkline.bench.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several {@link FleetReplica} processes against one pair of simulators ({@link SeededSimulators},
 * reached over loopback HTTP like any vendor) and one PostgreSQL schema: the shape of a service
 * running in replicas. Used by the multi-process test and by the benchmark's fleet group.
 *
 * <p>The PostgreSQL server comes from {@code TRUNKLINE_TEST_PG_URL} and {@code TRUNKLINE_TEST_PG_USER}
 * ({@code ./test.sh} or {@code scripts/test-postgres.sh} start one); each run gets a schema of its
 * own, dropped afterwards.
 */
public final class Fleet {

    /** The environment variable holding the JDBC URL of the server. */
    public static final String URL_VARIABLE = "TRUNKLINE_TEST_PG_URL";
    /** The environment variable holding the server's user, who may create schemas. */
    public static final String USER_VARIABLE = "TRUNKLINE_TEST_PG_USER";

    /**
     * What one run did.
     *
     * @param processes how many replicas ran
     * @param items every replica's line per integration: DID → one {@code STATUS WRITES [error]} per replica
     * @param aircallSent when each Aircall request left a replica (epoch ms), all replicas together
     * @param replicaFailures what a replica that did not end cleanly printed
     * @param wallSeconds from the first replica's launch to the last one's end
     */
    public record Run(int processes, Map<String, List<String>> items, List<Long> aircallSent,
                      List<String> replicaFailures, double wallSeconds) {

        /** @return per DID, how many replicas applied changes to it */
        public Map<String, Long> writersPerDid() {
            return items.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().filter(line -> Integer.parseInt(line.split(" ")[1]) > 0).count()));
        }

        /** @return the lines of replicas that failed an integration */
        public List<String> failedItems() {
            return items.values().stream().flatMap(List::stream).filter(line -> line.startsWith("FAILED")).toList();
        }

        /**
         * The replicas' Aircall requests per window, over the time they were sending, as a fraction of
         * the limit: requests / (last − first + one window) × window / limit. The window added at the
         * end counts the last window in full; without it a short burst would read as above the limit.
         *
         * @param limit requests per window
         * @param window the window
         * @return the fraction of the limit used; 0 without requests
         */
        public double aircallRateOfLimit(int limit, Duration window) {
            if (aircallSent.isEmpty()) {
                return 0;
            }
            long first = aircallSent.stream().mapToLong(Long::longValue).min().orElseThrow();
            long last = aircallSent.stream().mapToLong(Long::longValue).max().orElseThrow();
            double windows = (last - first + window.toMillis()) / (double) window.toMillis();
            return aircallSent.size() / windows / limit;
        }
    }

    private final SeededSimulators vendors;
    private final int limit;
    private final Duration window;
    private final int concurrency;

    /**
     * @param vendors the simulators every replica talks to
     * @param limit the Aircall limit per window (each replica's client budget, shared through PostgreSQL)
     * @param window the Aircall window
     * @param concurrency each replica's applyAll concurrency
     */
    public Fleet(SeededSimulators vendors, int limit, Duration window, int concurrency) {
        this.vendors = vendors;
        this.limit = limit;
        this.window = window;
        this.concurrency = concurrency;
    }

    /** @return why a fleet cannot run here (no server configured), or empty when it can */
    public static Optional<String> unavailable() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank()
                ? Optional.of(URL_VARIABLE + " is not set: run through ./test.sh or scripts/test-postgres.sh, which start"
                + " a throwaway PostgreSQL")
                : Optional.empty();
    }

    /**
     * Runs {@code processes} replicas at once, each converging the integrations {@code work} gives it,
     * sharing one new schema, and waits for all of them.
     *
     * @param processes how many replicas
     * @param work the integration indexes of replica {@code p} (0-based)
     * @param timeout the longest a replica may run
     * @return what they did
     */
    public Run run(int processes, java.util.function.IntFunction<List<Integer>> work, Duration timeout) {
        String schema = "fleet_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        sql("CREATE SCHEMA " + schema);
        try {
            long start = System.nanoTime();
            List<CompletableFuture<List<String>>> replicas = IntStream.range(0, processes)
                    .mapToObj(p -> launch(schema, work.apply(p), timeout)).toList();
            List<String> output = replicas.stream().flatMap(r -> r.join().stream()).toList();
            double wall = (System.nanoTime() - start) / 1e9;
            return parse(processes, output, wall);
        } finally {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private CompletableFuture<List<String>> launch(String schema, List<Integer> indexes, Duration timeout) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FleetReplica.class.getName(), vendors.synthflow().baseUrl(), vendors.synthflow().workspaceId(),
                vendors.aircall().baseUrl(), String.valueOf(limit), String.valueOf(window.toMillis()),
                String.valueOf(concurrency), schema,
                indexes.stream().map(String::valueOf).collect(Collectors.joining(",")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SYNTHFLOW_API_KEY", vendors.synthflow().apiKey().reveal());
        builder.environment().put("AIRCALL_API_ID", vendors.aircall().apiId());
        builder.environment().put("AIRCALL_API_TOKEN", vendors.aircall().apiToken().reveal());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a replica JVM", e);
        }
        return CompletableFuture.supplyAsync(() -> collect(process, timeout));
    }

    /** @return the replica's output; a last line {@code exit N} when it did not end cleanly */
    private static List<String> collect(Process process, Duration timeout) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                lines.add("exit timeout");
            } else if (process.exitValue() != 0) {
                lines.add("exit " + process.exitValue());
            }
        } catch (IOException e) {
            lines.add("exit unreadable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lines.add("exit interrupted");
        } finally {
            process.destroyForcibly();
        }
        return lines;
    }

    private static Run parse(int processes, List<String> output, double wall) {
        Map<String, List<String>> items = new HashMap<>();
        List<Long> sent = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String line : output) {
            if (line.startsWith("item ")) {
                String[] parts = line.split(" ", 3);
                items.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[2]);
            } else if (line.startsWith("aircall-sent ")) {
                for (String millis : line.substring("aircall-sent ".length()).split(",")) {
                    if (!millis.isBlank()) {
                        sent.add(Long.parseLong(millis));
                    }
                }
            } else if (line.startsWith("exit ") || line.contains("Exception")) {
                failures.add(line);
            }
        }
        return new Run(processes, items, sent, failures, wall);
    }

    /** Runs one statement as the configured user, outside any schema. */
    private static void sql(String statement) {
        Properties login = new Properties();
        login.setProperty("user", System.getenv(USER_VARIABLE));
        try (Connection c = DriverManager.getConnection(System.getenv(URL_VARIABLE), login);
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
