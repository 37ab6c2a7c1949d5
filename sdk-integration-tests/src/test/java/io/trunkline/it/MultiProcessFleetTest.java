package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.bench.internal.BenchPlans;
import io.trunkline.bench.internal.Fleet;
import io.trunkline.bench.internal.SeededSimulators;
import io.trunkline.testsupport.RequiredTool;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Three replicas, each in its own JVM, converge the same 30 DIDs at the same time against one pair
 * of simulators on loopback ports (documented behaviour only), sharing one PostgreSQL state store
 * and one Aircall rate budget. The per-DID lock across processes must let exactly one replica
 * create each DID's resources, and the shared budget must keep the three together within Aircall's
 * limit, scaled to 60 requests per 10 s so that the test takes seconds: the replicas' first bursts
 * (numbers, teams) reach it, their average does not. A window under 10 s lets a request that reaches
 * the simulator late on a loaded machine open its fixed window late (see docs/performance.md, group
 * 6), a 1 s window gave one 429 in a run at a load average near 20.
 */
class MultiProcessFleetTest {

    private static final int DIDS = 30;
    private static final int REPLICAS = 3;
    private static final int LIMIT = 60;
    private static final Duration WINDOW = Duration.ofSeconds(10);

    @Test
    void threeReplicasConvergeEachDidExactlyOnceWithoutDuplicatesOr429sWithinTheCombinedLimit() {
        Fleet.unavailable().ifPresent(why -> RequiredTool.POSTGRESQL.unavailable("has no test server (" + why + ")",
                System.getenv()));
        try (SeededSimulators vendors = new SeededSimulators(DIDS, LIMIT, WINDOW, VendorProfile.DOCUMENTED_ONLY)) {
            // every replica works on all 30 DIDs, each starting at a different one, so they collide on every DID
            Fleet.Run run = new Fleet(vendors, LIMIT, WINDOW, 4).run(REPLICAS, replica -> rotated(replica * DIDS / REPLICAS),
                    Duration.ofMinutes(3));
            System.out.printf("%d replicas: %.1f s, %d Aircall requests (%.2f of the limit), %d Synthflow requests%n",
                    REPLICAS, run.wallSeconds(), run.aircallSent().size(), run.aircallRateOfLimit(LIMIT, WINDOW),
                    vendors.synthflow().requests(r -> true).size());

            assertThat(run.replicaFailures()).as("replicas that did not end cleanly").isEmpty();
            assertThat(run.items()).hasSize(DIDS).allSatisfy((did, lines) -> assertThat(lines).hasSize(REPLICAS));
            assertThat(run.failedItems()).isEmpty();
            assertThat(run.writersPerDid()).as("replicas that applied changes to each DID")
                    .allSatisfy((did, writers) -> assertThat(writers).as(did).isEqualTo(1));

            assertThat(imported(vendors)).as("one import per DID, none twice").hasSize(DIDS).doesNotHaveDuplicates();
            assertThat(vendors.synthflow().requests(r -> r.matches("POST", "/v2/actions"))).hasSize(DIDS);
            assertThat(vendors.synthflow().requests(r -> r.matches("POST", "/v2/actions/attach"))).hasSize(DIDS);
            assertThat(vendors.aircall().rateLimitedCount()).as("Aircall answers 429").isZero();
            assertThat(run.aircallSent()).as("every Aircall request the replicas sent reached the simulator")
                    .hasSize((int) vendors.aircall().requestCount());
            assertThat(run.aircallRateOfLimit(LIMIT, WINDOW)).as("combined Aircall rate / limit").isLessThanOrEqualTo(1.0);
        }
    }

    /** @return the 30 integration indexes, starting at {@code first} */
    private static List<Integer> rotated(int first) {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, DIDS).boxed().toList());
        Collections.rotate(indexes, -first);
        return indexes;
    }

    /** @return the DID of every import request, as sent */
    private static List<String> imported(SeededSimulators vendors) {
        return vendors.synthflow().requests(r -> r.matches("POST", "/v2/custom-numbers")).stream()
                .map(RecordedRequest::body)
                .map(body -> IntStream.range(0, DIDS).mapToObj(BenchPlans::did)
                        .filter(did -> body.contains(did.substring(1))).findFirst().orElse(body))
                .toList();
    }
}
