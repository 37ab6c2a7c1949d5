package io.trunkline.state.jdbc.internal;

import io.trunkline.state.jdbc.StateStoreException;
import io.trunkline.state.jdbc.StateStoreException.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs JDBC work on the caller's {@link DataSource} and turns every {@link SQLException} into a
 * {@link StateStoreException} that says what to do: the one place where SQLSTATEs are read.
 */
public final class Jdbc {

    /** The tables a DataSource user needs rights on, for the access-denied message. */
    static final String TABLES = Schema.VERSION_TABLE + ", " + Schema.STATE_TABLE + ", " + Schema.BUDGET_TABLE;

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection an open connection
         * @return the result
         * @throws SQLException on any database error
         */
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    /** @param dataSource where connections come from */
    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Runs {@code work} on a new connection from the DataSource, committing when the DataSource
     * hands out connections without auto-commit, and closing (returning) the connection after.
     *
     * @param doing what the work does, completing "while …", for error messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws StateStoreException on any database failure
     */
    public <T> T run(String doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return commit(connection, doing, work);
        } catch (SQLException e) {
            throw failure(e, doing, null);
        }
    }

    /**
     * Runs {@code work} in one transaction on a new connection: all of it is committed, or none.
     *
     * @param doing what the work does, for error messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws StateStoreException on any database failure
     */
    public <T> T transaction(String doing, Work<T> work) {
        return run(doing, connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * Runs {@code work} on a connection the caller owns, committing when it is not in auto-commit
     * mode and rolling back on failure.
     *
     * @param connection the connection
     * @param doing what the work does, for error messages
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws StateStoreException on any database failure
     */
    public static <T> T commit(Connection connection, String doing, Work<T> work) {
        try {
            T result = work.run(connection);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw failure(e, doing, connection);
        } catch (RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone; the server rolls back what it had not committed
        }
    }

    /**
     * @param e the database's error
     * @param doing what was being done, completing "while …"
     * @param connection the connection it happened on, for naming the user and schema; may be {@code null}
     * @return the typed error, with what to do
     */
    public static StateStoreException failure(SQLException e, String doing, Connection connection) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (lostConnection(state)) {
            return StateStoreException.of(Problem.CONNECTION_LOST, "lost the connection to PostgreSQL while " + doing
                    + " (" + e.getMessage() + "); whether this last change was recorded is unknown, everything recorded"
                    + " before it is kept. Check that the database is reachable, then run the converge again: it"
                    + " resumes from what was recorded and creates nothing twice", e);
        }
        if (state.equals("42501")) {
            String user = describe(connection, true);
            String schema = describe(connection, false);
            return StateStoreException.of(Problem.ACCESS_DENIED, "PostgreSQL denied " + user + " a right it needs while "
                    + doing + " (" + e.getMessage() + "). Grant it, for the first start (which creates the tables): GRANT"
                    + " USAGE, CREATE ON SCHEMA " + schema + " TO " + user + "; afterwards: GRANT SELECT, INSERT, UPDATE,"
                    + " DELETE ON " + TABLES + " TO " + user + ". Or give the DataSource a user that has them", e);
        }
        if (state.startsWith("28")) {
            return StateStoreException.of(Problem.ACCESS_DENIED, "PostgreSQL refused the DataSource's login while "
                    + doing + " (" + e.getMessage() + "); check the user and password the DataSource is configured with", e);
        }
        return StateStoreException.of(Problem.DATABASE_ERROR, "PostgreSQL failed while " + doing + ": "
                + e.getMessage() + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")"), e);
    }

    /**
     * Class 08 is a connection exception; 57P01-57P03 are a server shut down or the backend
     * terminated (pg_terminate_backend), which end the session just the same.
     */
    private static boolean lostConnection(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** @return the connection's user (quoted as PostgreSQL would) or current schema, or a description when unknown */
    private static String describe(Connection connection, boolean user) {
        try {
            if (connection != null && !connection.isClosed()) {
                String name = user ? connection.getMetaData().getUserName() : connection.getSchema();
                if (name != null) {
                    return "\"" + name.replace("\"", "\"\"") + "\"";
                }
            }
        } catch (SQLException ignored) {
            // fall through to the generic name
        }
        return user ? "the DataSource's user" : "the DataSource's schema";
    }
}
