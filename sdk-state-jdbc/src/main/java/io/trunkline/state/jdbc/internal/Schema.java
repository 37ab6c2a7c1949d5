package io.trunkline.state.jdbc.internal;

import io.trunkline.state.jdbc.StateStoreException;
import io.trunkline.state.jdbc.StateStoreException.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trunkline's tables, created and migrated by the store itself. The version lives in a one-row
 * table; each migration is a list of statements run in one transaction with the one before it, so
 * a failed migration leaves the tables as they were (PostgreSQL's DDL is transactional).
 *
 * <p>Two processes starting at once both call {@link #migrate}: a transaction-scoped advisory lock
 * per schema makes the second wait for the first, then find the schema current and do nothing. A
 * schema written by a newer Trunkline is refused and left untouched; a user without the right to
 * create tables can still use a schema that is already current, because reading the version and
 * taking the advisory lock need no special right.
 */
public final class Schema {

    /** The version this Trunkline writes and understands. */
    public static final int LATEST = 2;

    static final String VERSION_TABLE = "trunkline_schema_version";
    static final String STATE_TABLE = "trunkline_state";
    static final String BUDGET_TABLE = "trunkline_rate_budget";

    /** The advisory-lock class (first key) of every Trunkline lock: "TRNK" in ASCII. */
    static final int LOCK_CLASS = 0x54524E4B;

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** Migration k (1-based) takes the schema from version k-1 to k. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("CREATE TABLE " + VERSION_TABLE + " (version integer NOT NULL)",
                    "INSERT INTO " + VERSION_TABLE + " (version) VALUES (0)",
                    "CREATE TABLE " + STATE_TABLE + " (key text PRIMARY KEY, value text NOT NULL)"),
            // 2: when each entry was last written (for operators reading the table), and the shared rate budget
            List.of("ALTER TABLE " + STATE_TABLE + " ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()",
                    "CREATE TABLE " + BUDGET_TABLE + " (name text PRIMARY KEY,"
                            + " reservations bigint[] NOT NULL DEFAULT '{}', paused_until bigint NOT NULL DEFAULT 0)"));

    private Schema() {
    }

    /**
     * Brings the schema of the DataSource's current schema (its {@code search_path}) to {@link #LATEST}.
     *
     * @param dataSource the database
     * @throws StateStoreException when the schema is newer than this Trunkline, or the user may not create it
     */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource, LATEST);
    }

    /**
     * Brings the schema to {@code target}; an older target exists for the migration tests.
     *
     * @param dataSource the database
     * @param target the version to reach, 1..{@link #LATEST}
     */
    public static void migrate(DataSource dataSource, int target) {
        new Jdbc(dataSource).transaction("creating or migrating Trunkline's tables", connection -> {
            migrate(connection, target);
            return null;
        });
    }

    private static void migrate(Connection connection, int target) throws SQLException {
        requireUsableSchema(connection);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.execute();
        }
        int version = version(connection);
        if (version > LATEST) {
            throw StateStoreException.of(Problem.SCHEMA_TOO_NEW, "Trunkline's tables in schema " + connection.getSchema()
                    + " are at version " + version + ", written by a newer Trunkline; this one knows versions up to "
                    + LATEST + " and leaves them untouched. Upgrade this replica to the Trunkline version the others"
                    + " run, or point its DataSource at another schema");
        }
        try (Statement statement = connection.createStatement()) {
            for (int next = version + 1; next <= target; next++) {
                for (String sql : MIGRATIONS.get(next - 1)) {
                    statement.execute(sql);
                }
                statement.executeUpdate("UPDATE " + VERSION_TABLE + " SET version = " + next);
                LOG.info("Migrated Trunkline's tables in schema {} to version {}", connection.getSchema(), next);
            }
        }
    }

    /**
     * Without a usable schema PostgreSQL's {@code current_schema()} is null: every schema of the
     * search path is missing or lacks USAGE for this user, and nothing can be created or found.
     */
    private static void requireUsableSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_schema() IS NOT NULL, current_setting('search_path'),"
                     + " current_user")) {
            row.next();
            if (!row.getBoolean(1)) {
                throw StateStoreException.of(Problem.ACCESS_DENIED, "user \"" + row.getString(3) + "\" may use no"
                        + " schema of its search path (" + row.getString(2) + "): each is missing, or the user lacks"
                        + " USAGE on it. Create the schema, GRANT USAGE, CREATE ON SCHEMA <schema> TO \""
                        + row.getString(3) + "\", or set the DataSource's currentSchema to one it may use");
            }
        }
    }

    /** @return the schema's version; 0 when there are no Trunkline tables yet */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('" + VERSION_TABLE + "') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
