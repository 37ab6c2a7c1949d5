package io.trunkline.state.jdbc;

import io.trunkline.core.exception.TrunklineException;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The PostgreSQL state store or rate budget could not do its work. The message says what failed
 * and what to do; {@link #problem()} says which kind of failure it is, for code that reacts to one
 * (e.g. retrying a whole converge after {@link Problem#CONNECTION_LOST}, which {@link #retryable()} says).
 * It belongs to Trunkline's one exception family, rooted in {@link TrunklineException}. Nothing recorded before
 * the failure is lost: re-running the converge after fixing the cause completes the work without
 * creating anything twice.
 */
public final class StateStoreException extends TrunklineException {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure, each with its own remedy. */
    public enum Problem {
        /** The DataSource's user lacks a right (to create the tables, or to read or write them), or its login failed. */
        ACCESS_DENIED,
        /** The tables were written by a newer Trunkline; they are left untouched until every replica is upgraded. */
        SCHEMA_TOO_NEW,
        /** The connection broke, or the server went away, during the operation. */
        CONNECTION_LOST,
        /** Another process held a DID's lock for longer than the store waits. */
        LOCK_TIMEOUT,
        /** Any other database error; the message carries PostgreSQL's. */
        DATABASE_ERROR
    }

    /** The kind of failure, which decides the remedy and {@link #retryable()}; never null. */
    private final Problem problem;
    /** PostgreSQL's SQLSTATE code, e.g. {@code 42501}; null when Trunkline detected the failure itself. */
    private final String sqlState;

    private StateStoreException(Problem problem, String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.sqlState = sqlState;
    }

    /**
     * A failure Trunkline detected itself, without a database error.
     *
     * @param problem the kind of failure
     * @param message what failed and what to do
     * @return the exception
     */
    public static StateStoreException of(Problem problem, String message) {
        return new StateStoreException(problem, message, null, null);
    }

    /**
     * A database error; its SQLSTATE is kept, its message should be part of {@code message}.
     *
     * @param problem the kind of failure
     * @param message what failed and what to do
     * @param cause the database error
     * @return the exception
     */
    public static StateStoreException of(Problem problem, String message, SQLException cause) {
        return new StateStoreException(problem, message, Objects.requireNonNull(cause, "cause").getSQLState(), cause);
    }

    /**
     * @return true for {@link Problem#CONNECTION_LOST} and {@link Problem#LOCK_TIMEOUT}: once the database
     *         is back or the other process done, the same converge may succeed; the others need a fix first
     */
    @Override
    public boolean retryable() {
        return problem == Problem.CONNECTION_LOST || problem == Problem.LOCK_TIMEOUT;
    }

    /** @return the kind of failure */
    public Problem problem() {
        return problem;
    }

    /** @return PostgreSQL's SQLSTATE code (e.g. {@code 42501} for a missing right), when there was one */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
