package io.trunkline.state.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The StateStore contract on a real PostgreSQL server: what the file store does, shared by replicas. */
class PostgresStateStoreTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.perTest();

    @Test
    void storesReplacesAndRemovesEntries() {
        StateStore store = PostgresStateStore.create(db.dataSource());

        store.put("+33123456789/sip-number", "intended");
        store.put("+33123456789/sip-number", "created");
        store.put("+33123456789/transfer-action/Support", "id:act_1");
        store.remove("+33123456789/transfer-action/Support");
        store.remove("+33123456789/never-written");

        assertThat(store.get("+33123456789/sip-number")).contains("created");
        assertThat(store.get("+33123456789/transfer-action/Support")).isEmpty();
        assertThat(db.queryOne("SELECT count(*) FROM trunkline_state")).isEqualTo("1");
    }

    @Test
    void listsExactlyTheEntriesUnderAPrefixEvenWithLikeWildcardsInIt() {
        StateStore store = PostgresStateStore.create(db.dataSource());
        store.put("+33123456789/a", "1");
        store.put("+33123456789/b", "2");
        store.put("+331234567890/c", "3");
        store.put("x%_/d", "4");
        store.put("xyz/e", "5");

        assertThat(store.entries("+33123456789/")).containsExactly(
                java.util.Map.entry("+33123456789/a", "1"), java.util.Map.entry("+33123456789/b", "2"));
        assertThat(store.entries("x%_/")).containsOnlyKeys("x%_/d");
        assertThat(store.entries("")).hasSize(5);
    }

    @Test
    void anotherReplicaSeesWhatOneWroteIncludingAnIntentWithoutItsId() {
        StateStore first = PostgresStateStore.create(db.dataSource());
        first.put("+33123456789/sip-number", "intended");          // the create was sent, its answer lost
        first.put("+33123456789/transfer-action/Support", "intended:act_0,act_1");

        StateStore second = PostgresStateStore.create(db.dataSource());

        assertThat(second.entries("+33123456789/")).containsEntry("+33123456789/sip-number", "intended")
                .containsEntry("+33123456789/transfer-action/Support", "intended:act_0,act_1");
    }

    @Test
    void keepsEveryEntryWhenManyThreadsOfTwoReplicasWriteAtOnce() throws Exception {
        StateStore a = PostgresStateStore.create(db.dataSource());
        StateStore b = PostgresStateStore.create(db.dataSource());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                StateStore store = t % 2 == 0 ? a : b;
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.put("+3312345678" + (i % 10) + "/w" + writer + "-" + i, "id:" + i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(a.entries("")).hasSize(100);
    }

    @Test
    void refusesAMissingDataSourceAndAnImpossibleLockWaitNamingEachField() {
        assertThatThrownBy(() -> PostgresStateStore.builder().lockWait(java.time.Duration.ZERO).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dataSource: missing (null); pass your pool or the driver's DataSource")
                .hasMessageContaining("lockWait: must be at least 1 ms, got PT0S");
    }
}
