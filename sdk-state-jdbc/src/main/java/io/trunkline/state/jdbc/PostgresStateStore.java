package io.trunkline.state.jdbc;

import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.state.jdbc.internal.DidLockSession;
import io.trunkline.state.jdbc.internal.Jdbc;
import io.trunkline.state.jdbc.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A {@link StateStore} on PostgreSQL, for an SDK that runs in several replicas: every replica
 * points at the same database and sees the same journal, and {@link #lockDid} holds a DID's lock
 * across all of them for a whole plan-and-apply, so two replicas never both look a resource up,
 * find nothing and create it.
 *
 * <pre>{@code
 * PGSimpleDataSource dataSource = new PGSimpleDataSource();   // or your pool (HikariCP, …)
 * dataSource.setUrl("jdbc:postgresql://db.internal:5432/app");
 * IntegrationEngine engine = IntegrationEngine.builder()
 *         .stateStore(PostgresStateStore.create(dataSource))   // creates or migrates its tables
 *         …
 * }</pre>
 *
 * <p><b>Tables.</b> The store creates its tables in the DataSource's current schema (its
 * {@code search_path}; set {@code currentSchema} in the JDBC URL to choose another) on first use
 * and migrates them when a newer Trunkline starts; replicas starting at once take turns. A schema
 * written by a newer Trunkline is refused, untouched. The user needs {@code CREATE} on the schema
 * for the first start, then {@code SELECT, INSERT, UPDATE, DELETE} on the tables.
 *
 * <p><b>Locks.</b> {@link #lockDid} takes a PostgreSQL advisory lock on a connection of its own and
 * keeps that connection until the lock is closed; while the calling thread holds it, its reads and
 * writes go through that connection. If the connection breaks, PostgreSQL releases the lock, and
 * the next write fails with {@link StateStoreException.Problem#CONNECTION_LOST} instead of racing
 * the replica that may now hold it. A pool therefore needs one connection more than the number of
 * DIDs applied at once.
 *
 * <p><b>Durability.</b> Every {@link #put} and {@link #remove} is committed before it returns; the
 * store commits itself when the DataSource hands out connections without auto-commit. Thread-safe.
 * Failures are {@link StateStoreException}s naming the cause and the fix.
 */
public final class PostgresStateStore implements StateStore {

    /** How long {@link #lockDid} waits for another replica's apply of the same DID by default. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    private static final String TABLE = "trunkline_state";

    private final Jdbc jdbc;
    private final DataSource dataSource;
    private final Duration lockWait;

    private PostgresStateStore(Builder builder) {
        this.dataSource = builder.dataSource;
        this.jdbc = new Jdbc(builder.dataSource);
        this.lockWait = builder.lockWait;
        Schema.migrate(dataSource);
    }

    /**
     * A store with the default lock wait of 10 minutes.
     *
     * @param dataSource where connections come from; a pool, or the driver's simple DataSource
     * @return the store, its tables created or migrated
     * @throws StateStoreException when the tables cannot be created, or were written by a newer Trunkline
     */
    public static PostgresStateStore create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /** @return a builder; {@link Builder#dataSource} is required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return run("reading '" + key + "'", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM " + TABLE + " WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        run("recording '" + key + "'", c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + TABLE + " (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void remove(String key) {
        Objects.requireNonNull(key, "key");
        run("removing '" + key + "'", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + TABLE + " WHERE key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, String> entries(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return run("listing the entries under '" + prefix + "'", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT key, value FROM " + TABLE + " WHERE starts_with(key, ?)")) {
                select.setString(1, prefix);
                Map<String, String> entries = new TreeMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.put(rows.getString(1), rows.getString(2));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * Takes {@code did}'s advisory lock on a connection of its own, waiting up to the lock wait for
     * another replica's apply of the same DID; fails with {@link StateStoreException.Problem#LOCK_TIMEOUT}
     * naming the PostgreSQL session that holds it.
     */
    @Override
    public DidLock lockDid(PhoneNumber did) {
        return DidLockSession.open(dataSource, this, Objects.requireNonNull(did, "did").e164(), lockWait);
    }

    /** Runs on the lock's connection when this thread holds one of this store's DID locks, else on a new one. */
    private <T> T run(String doing, Jdbc.Work<T> work) {
        Optional<Connection> held = DidLockSession.heldBy(this);
        return held.isPresent() ? Jdbc.commit(held.get(), doing, work) : jdbc.run(doing, work);
    }

    @Override
    public String toString() {
        return "PostgresStateStore[lockWait=" + lockWait + "]";
    }

    /** Builds a {@link PostgresStateStore}. */
    public static final class Builder {

        private DataSource dataSource;
        private Duration lockWait = DEFAULT_LOCK_WAIT;

        private Builder() {
        }

        /**
         * @param dataSource where connections come from (required); a pool, or the driver's simple DataSource
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * @param lockWait how long {@link PostgresStateStore#lockDid} waits for another replica's apply of
         *     the same DID before failing; default 10 minutes, at least 1 ms
         * @return this builder
         */
        public Builder lockWait(Duration lockWait) {
            this.lockWait = lockWait;
            return this;
        }

        /**
         * Connects, and creates or migrates the tables.
         *
         * @return the store
         * @throws io.trunkline.core.exception.InvalidConfigurationException when a setting is missing or impossible
         * @throws StateStoreException when the tables cannot be created, or were written by a newer Trunkline
         */
        public PostgresStateStore build() {
            java.util.List<String> problems = new java.util.ArrayList<>();
            if (dataSource == null) {
                problems.add("dataSource: missing (null); pass your pool or the driver's DataSource,"
                        + " e.g. new org.postgresql.ds.PGSimpleDataSource() with setUrl(\"jdbc:postgresql://host/db\")");
            }
            if (lockWait == null || lockWait.toMillis() < 1) {
                problems.add("lockWait: must be at least 1 ms, got " + lockWait);
            }
            if (!problems.isEmpty()) {
                throw new io.trunkline.core.exception.InvalidConfigurationException(problems);
            }
            return new PostgresStateStore(this);
        }
    }
}
