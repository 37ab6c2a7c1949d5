package io.trunkline.state.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.state.jdbc.StateStoreException.Problem;
import java.sql.SQLException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The state store's exception within Trunkline's one family. */
class StateStoreExceptionTest {

    @Test
    void onlyALostConnectionOrALockTimeoutIsWorthRetryingUnchanged() {
        EnumSet<Problem> retryable = EnumSet.noneOf(Problem.class);
        for (Problem problem : Problem.values()) {
            if (StateStoreException.of(problem, "failed").retryable()) {
                retryable.add(problem);
            }
        }

        assertThat(retryable).containsExactlyInAnyOrder(Problem.CONNECTION_LOST, Problem.LOCK_TIMEOUT);
    }

    @Test
    void aDatabaseErrorKeepsItsSqlStateAndCause() {
        SQLException cause = new SQLException("permission denied for schema app", "42501");

        StateStoreException e = StateStoreException.of(Problem.ACCESS_DENIED, "grant it", cause);

        assertThat(e).isInstanceOf(TrunklineException.class).hasMessage("grant it").hasCause(cause);
        assertThat(e.sqlState()).contains("42501");
        assertThat(StateStoreException.of(Problem.SCHEMA_TOO_NEW, "upgrade").sqlState()).isEmpty();
    }
}
