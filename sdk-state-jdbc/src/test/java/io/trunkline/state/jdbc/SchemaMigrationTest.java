package io.trunkline.state.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.state.jdbc.internal.Schema;
import io.trunkline.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store creates and migrates its own tables, and refuses what it cannot safely use. */
class SchemaMigrationTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.perTest();

    private String version() {
        return db.queryOne("SELECT version FROM trunkline_schema_version");
    }

    @Test
    void createsTheLatestSchemaInAnEmptyDatabase() {
        PostgresStateStore.create(db.dataSource());

        assertThat(version()).isEqualTo(String.valueOf(Schema.LATEST));
        assertThat(db.queryOne("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + db.schema()
                + "' AND table_name IN ('trunkline_schema_version', 'trunkline_state', 'trunkline_rate_budget')"))
                .isEqualTo("3");
    }

    @Test
    void migratesFromThePreviousVersionKeepingEveryEntry() {
        Schema.migrate(db.dataSource(), Schema.LATEST - 1);
        db.execute("INSERT INTO trunkline_state (key, value) VALUES ('+33123456789/sip-number', 'created'),"
                + " ('+33123456789/transfer-action/Support', 'id:act_1')");
        assertThat(version()).isEqualTo(String.valueOf(Schema.LATEST - 1));

        PostgresStateStore store = PostgresStateStore.create(db.dataSource());

        assertThat(version()).isEqualTo(String.valueOf(Schema.LATEST));
        assertThat(store.entries("+33123456789/")).containsEntry("+33123456789/sip-number", "created")
                .containsEntry("+33123456789/transfer-action/Support", "id:act_1");
        assertThat(db.queryOne("SELECT count(*) FROM trunkline_state WHERE updated_at IS NOT NULL")).isEqualTo("2");
        PostgresRateBudget.create(db.dataSource(), "aircall"); // the table version 2 added is there
    }

    @Test
    void replicasStartingAtOnceOnAnEmptyDatabaseAllSucceedAndMigrateOnce() throws Exception {
        int replicas = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<PostgresStateStore>> starts = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                starts.add(pool.submit(() -> {
                    start.await();
                    return PostgresStateStore.create(db.dataSource());
                }));
            }
            start.countDown();
            for (Future<PostgresStateStore> started : starts) {
                assertThat(started.get(60, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(version()).isEqualTo(String.valueOf(Schema.LATEST));
        assertThat(db.queryOne("SELECT count(*) FROM trunkline_schema_version")).isEqualTo("1");
    }

    @Test
    void refusesASchemaWrittenByANewerVersionAndLeavesItUntouched() {
        PostgresStateStore.create(db.dataSource()).put("+33123456789/sip-number", "created");
        int newer = Schema.LATEST + 1;
        db.execute("UPDATE trunkline_schema_version SET version = " + newer);
        db.execute("ALTER TABLE trunkline_state ADD COLUMN written_by_the_future text");

        assertThatThrownBy(() -> PostgresStateStore.create(db.dataSource()))
                .isInstanceOfSatisfying(StateStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.SCHEMA_TOO_NEW))
                .hasMessageContaining("are at version " + newer + ", written by a newer Trunkline; this one knows versions up to "
                        + Schema.LATEST + " and leaves them untouched")
                .hasMessageContaining("Upgrade this replica");
        assertThat(version()).isEqualTo(String.valueOf(newer));
        assertThat(db.queryOne("SELECT value FROM trunkline_state WHERE key = '+33123456789/sip-number'")).isEqualTo("created");
        assertThat(db.queryOne("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + db.schema()
                + "' AND table_name = 'trunkline_state' AND column_name = 'written_by_the_future'")).isEqualTo("1");
    }

    @Test
    void aUserWhoMayNotCreateTablesGetsTheGrantsToAskForAndNothingIsCreated() {
        String role = db.createRole("no_create");
        db.execute("GRANT USAGE ON SCHEMA " + db.schema() + " TO " + role);

        assertThatThrownBy(() -> PostgresStateStore.create(db.dataSourceAs(role)))
                .isInstanceOfSatisfying(StateStoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StateStoreException.Problem.ACCESS_DENIED);
                    assertThat(e.sqlState()).contains("42501");
                })
                .hasMessageContaining("PostgreSQL denied \"" + role + "\" a right it needs while creating or migrating"
                        + " Trunkline's tables")
                .hasMessageContaining("GRANT USAGE, CREATE ON SCHEMA \"" + db.schema() + "\" TO \"" + role + "\"")
                .hasMessageContaining("GRANT SELECT, INSERT, UPDATE, DELETE ON trunkline_schema_version, trunkline_state,"
                        + " trunkline_rate_budget");
        assertThat(db.queryOne("SELECT to_regclass('trunkline_schema_version') IS NULL")).isEqualTo("t");

        db.execute("GRANT CREATE ON SCHEMA " + db.schema() + " TO " + role);
        PostgresStateStore.create(db.dataSourceAs(role)).put("k", "v");   // the same user, once granted
        assertThat(db.queryOne("SELECT value FROM trunkline_state WHERE key = 'k'")).isEqualTo("v");
    }

    @Test
    void aUserWithoutRightsOnExistingTablesIsToldWhichToGrantAndOnceGrantedNeedsNoCreate() {
        PostgresStateStore.create(db.dataSource()).put("k", "v");
        String role = db.createRole("app");
        db.execute("GRANT USAGE ON SCHEMA " + db.schema() + " TO " + role);

        assertThatThrownBy(() -> PostgresStateStore.create(db.dataSourceAs(role)))
                .isInstanceOfSatisfying(StateStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.ACCESS_DENIED))
                .hasMessageContaining("permission denied for table trunkline_schema_version")
                .hasMessageContaining("GRANT SELECT, INSERT, UPDATE, DELETE ON trunkline_schema_version, trunkline_state,"
                        + " trunkline_rate_budget TO \"" + role + "\"");

        db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON trunkline_schema_version, trunkline_state,"
                + " trunkline_rate_budget TO " + role);
        PostgresStateStore store = PostgresStateStore.create(db.dataSourceAs(role)); // current: nothing to create
        assertThat(store.get("k")).contains("v");
        assertThat(version()).isEqualTo(String.valueOf(Schema.LATEST));
    }

    @Test
    void aUserWithNoUsableSchemaIsToldSo() {
        String role = db.createRole("no_usage");

        assertThatThrownBy(() -> PostgresStateStore.create(db.dataSourceAs(role)))
                .isInstanceOfSatisfying(StateStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.ACCESS_DENIED))
                .hasMessageContaining("user \"" + role + "\" may use no schema of its search path (" + db.schema())
                .hasMessageContaining("GRANT USAGE, CREATE ON SCHEMA");
    }
}
