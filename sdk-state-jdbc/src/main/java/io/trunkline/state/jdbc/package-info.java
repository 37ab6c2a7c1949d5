/**
 * Running Trunkline in several replicas on one PostgreSQL database: {@link
 * io.trunkline.state.jdbc.PostgresStateStore} (the state store, with per-DID locks across
 * processes) and {@link io.trunkline.state.jdbc.PostgresRateBudget} (a vendor rate limit shared by
 * the replicas). Plain JDBC through a {@link javax.sql.DataSource} the caller supplies.
 */
package io.trunkline.state.jdbc;
