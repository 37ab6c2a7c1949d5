package io.trunkline.state.jdbc.internal;

import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.state.jdbc.StateStoreException;
import io.trunkline.state.jdbc.StateStoreException.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A DID's lock across processes: a session-level PostgreSQL advisory lock, held on a connection of
 * its own until {@link #close()}. The key is (Trunkline's lock class, hash of schema and DID), so
 * replicas on different schemas of one database do not wait for each other.
 *
 * <p>While a thread holds the lock, the store runs that thread's reads and writes on the lock's
 * connection ({@link #heldBy}): the session that holds the lock is then the one that writes, so a
 * write after the connection broke (and PostgreSQL released the lock) fails rather than racing the
 * replica that took the lock next. The engine runs a DID's plan-and-apply on the thread that took
 * its lock.
 */
public final class DidLockSession implements StateStore.DidLock {

    private static final ThreadLocal<Deque<DidLockSession>> HELD = ThreadLocal.withInitial(ArrayDeque::new);
    private static final String KEY = "hashtext(current_schema() || '/' || ?)";

    private final Object store;
    private final Connection connection;
    private final String did;
    private final boolean autoCommit;

    private DidLockSession(Object store, Connection connection, String did, boolean autoCommit) {
        this.store = store;
        this.connection = connection;
        this.did = did;
        this.autoCommit = autoCommit;
    }

    /**
     * Takes the lock, waiting up to {@code wait}.
     *
     * @param dataSource where the lock's connection comes from
     * @param store the store the lock belongs to (reads and writes of that store follow the lock)
     * @param did the DID in E.164
     * @param wait how long to wait for another process
     * @return the held lock
     * @throws StateStoreException with {@link Problem#LOCK_TIMEOUT} naming the holder, or another problem
     */
    public static DidLockSession open(DataSource dataSource, Object store, String did, Duration wait) {
        String doing = "taking the lock of the apply of " + did;
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw Jdbc.failure(e, doing, null);
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            lock(connection, did, wait);
            DidLockSession session = new DidLockSession(store, connection, did, autoCommit);
            HELD.get().push(session);
            return session;
        } catch (SQLException e) {
            StateStoreException failure = "55P03".equals(e.getSQLState())
                    ? StateStoreException.of(Problem.LOCK_TIMEOUT, "another process (" + holder(connection, did)
                    + ") has held the lock of the apply of " + did + " for more than " + wait.toSeconds() + " s; wait"
                    + " for it to finish, or stop it (PostgreSQL releases the lock when its session ends) and run again", e)
                    : Jdbc.failure(e, doing, connection);
            closeQuietly(connection);
            throw failure;
        }
    }

    private static void lock(Connection connection, String did, Duration wait) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + Math.max(1, wait.toMillis()));
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?, " + KEY + ")")) {
            lock.setInt(1, Schema.LOCK_CLASS);
            lock.setString(2, did);
            lock.execute();
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    /** @return which PostgreSQL session holds the DID's lock, as far as this user may see */
    private static String holder(Connection connection, String did) {
        try (PreparedStatement select = connection.prepareStatement("SELECT a.pid, a.application_name, a.client_addr"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.objsubid = 2 AND l.classid::bigint = ? AND l.objid::bigint = (" + KEY + "::bigint & 4294967295)")) {
            select.setInt(1, Schema.LOCK_CLASS);
            select.setString(2, did);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    String application = row.getString(2);
                    String client = row.getString(3);
                    return "PostgreSQL session pid " + row.getInt(1)
                            + (application == null || application.isBlank() ? "" : ", application '" + application + "'")
                            + (client == null ? "" : ", client " + client);
                }
            }
        } catch (SQLException ignored) {
            // fall through: the holder is not visible to this user
        }
        return "a PostgreSQL session this user cannot see";
    }

    /**
     * @param store a store
     * @return the connection of the innermost lock of {@code store} that the calling thread holds
     */
    public static Optional<Connection> heldBy(Object store) {
        for (DidLockSession session : HELD.get()) {
            if (session.store == store) {
                return Optional.of(session.connection);
            }
        }
        return Optional.empty();
    }

    /** Releases the lock and returns the connection; never throws (a broken connection took the lock with it). */
    @Override
    public void close() {
        HELD.get().remove(this);
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, " + KEY + ")")) {
            unlock.setInt(1, Schema.LOCK_CLASS);
            unlock.setString(2, did);
            unlock.execute();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the session is gone, and its lock with it
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
