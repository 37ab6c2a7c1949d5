package io.trunkline.state.jdbc;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.spi.RateBudget;
import io.trunkline.state.jdbc.internal.Jdbc;
import io.trunkline.state.jdbc.internal.Schema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link RateBudget} that every replica of a service shares through one PostgreSQL row, so that
 * together they stay within a vendor's limit per company (Aircall: 120 requests per minute), while
 * each still adapts to the vendor's rate headers and 429 resets, and shares those pauses too.
 *
 * <pre>{@code
 * RateBudget aircallBudget = PostgresRateBudget.create(dataSource, "aircall");
 * AircallClient aircall = AircallClient.create(AircallConfig.builder()
 *         .apiId(…).apiToken(…)
 *         .sharedRateBudget(aircallBudget)     // every replica: the same database and name
 *         .build());
 * }</pre>
 *
 * <p><b>How.</b> The row holds the last send times reserved (a sliding-window log) and a pause. A
 * reservation locks the row ({@code SELECT … FOR UPDATE}), takes the earliest time that keeps every
 * window within the limit, appends it and commits: one short transaction per request, and replicas
 * take turns on the row. Times come from the database's clock, so replicas on hosts whose clocks
 * differ still agree. Use one name per vendor company: two Aircall companies have two budgets.
 *
 * <p>The tables are the state store's ({@link PostgresStateStore}), created or migrated on first use.
 * When the database cannot be reached, a reservation fails with a {@link StateStoreException}
 * rather than let the request through uncounted. Thread-safe.
 */
public final class PostgresRateBudget implements RateBudget {

    private static final String TABLE = "trunkline_rate_budget";
    private static final String NOW_MILLIS = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

    private final Jdbc jdbc;
    private final String name;

    private PostgresRateBudget(DataSource dataSource, String name) {
        this.jdbc = new Jdbc(dataSource);
        this.name = name;
        Schema.migrate(dataSource);
        jdbc.run("creating the rate budget '" + name + "'", c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + TABLE + " (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * @param dataSource the database every replica shares; a pool, or the driver's simple DataSource
     * @param name the budget's name, the same in every replica, e.g. {@code aircall} (one per vendor company)
     * @return the budget, its tables created or migrated
     * @throws InvalidConfigurationException when an argument is missing or the name is blank
     * @throws StateStoreException when the tables cannot be created, or were written by a newer Trunkline
     */
    public static PostgresRateBudget create(DataSource dataSource, String name) {
        if (dataSource == null) {
            throw new InvalidConfigurationException("dataSource: missing (null); pass the DataSource every replica shares");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidConfigurationException("name: missing or blank; pass the same name in every replica,"
                    + " e.g. \"aircall\"");
        }
        return new PostgresRateBudget(dataSource, name);
    }

    @Override
    public Duration reserve(int limit, Duration window, Duration earliest) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        long windowMillis = Objects.requireNonNull(window, "window").toMillis();
        long earliestMillis = Math.max(0, Objects.requireNonNull(earliest, "earliest").toMillis());
        return jdbc.transaction("reserving a request of the rate budget '" + name + "'",
                c -> reserve(c, limit, windowMillis, earliestMillis));
    }

    private Duration reserve(Connection c, int limit, long windowMillis, long earliestMillis) throws SQLException {
        long now;
        long pausedUntil;
        long[] log;
        try (PreparedStatement select = c.prepareStatement("SELECT reservations, paused_until, " + NOW_MILLIS
                + " FROM " + TABLE + " WHERE name = ? FOR UPDATE")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw StateStoreException.of(StateStoreException.Problem.DATABASE_ERROR, "the rate budget '" + name
                            + "' has no row in " + TABLE + " (deleted while in use?); restart the replicas to create it");
                }
                log = Arrays.stream((Long[]) row.getArray(1).getArray()).mapToLong(Long::longValue).toArray();
                pausedUntil = row.getLong(2);
                now = row.getLong(3);
            }
        }
        long slot = Math.max(now + earliestMillis, pausedUntil);
        if (log.length > 0) {
            slot = Math.max(slot, log[log.length - 1]);
        }
        if (log.length >= limit) {
            slot = Math.max(slot, log[log.length - limit] + windowMillis);
        }
        long[] kept = Arrays.copyOfRange(log, Math.max(0, log.length - limit + 1), log.length + 1);
        kept[kept.length - 1] = slot;
        try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET reservations = ? WHERE name = ?")) {
            Array array = c.createArrayOf("bigint", Arrays.stream(kept).boxed().toArray());
            update.setArray(1, array);
            update.setString(2, name);
            update.executeUpdate();
        }
        return Duration.ofMillis(slot - now);
    }

    @Override
    public void pause(Duration duration) {
        long millis = Math.max(0, Objects.requireNonNull(duration, "duration").toMillis());
        jdbc.run("pausing the rate budget '" + name + "'", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET paused_until ="
                    + " greatest(paused_until, " + NOW_MILLIS + " + ?) WHERE name = ?")) {
                update.setLong(1, millis);
                update.setString(2, name);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public String toString() {
        return "PostgresRateBudget[" + name + "]";
    }
}
