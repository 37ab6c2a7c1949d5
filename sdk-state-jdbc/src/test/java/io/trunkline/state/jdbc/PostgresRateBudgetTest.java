package io.trunkline.state.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.spi.RateBudget;
import io.trunkline.testsupport.TestDatabase;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared budget's reservations, read back from its row: what the replicas together may send.
 * Assertions are on the reserved send times (the database's clock), never on how long a test took.
 */
class PostgresRateBudgetTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    @RegisterExtension
    final TestDatabase db = TestDatabase.perTest();

    private long[] reservations(String name) {
        String array = db.queryOne("SELECT reservations FROM trunkline_rate_budget WHERE name = '" + name + "'");
        return Arrays.stream(array.replaceAll("[{}]", "").split(",")).mapToLong(Long::parseLong).toArray();
    }

    @Test
    void replicasTogetherNeverReserveMoreThanTheLimitInAnyWindow() {
        RateBudget a = PostgresRateBudget.create(db.dataSource(), "aircall");
        RateBudget b = PostgresRateBudget.create(db.dataSource(), "aircall");
        int limit = 5;
        long[] slots = new long[12];
        for (int i = 0; i < slots.length; i++) {
            (i % 2 == 0 ? a : b).reserve(limit, WINDOW, Duration.ZERO);
            long[] log = reservations("aircall");
            assertThat(log).hasSizeLessThanOrEqualTo(limit).isSorted();
            slots[i] = log[log.length - 1];
        }

        for (int i = limit; i < slots.length; i++) {
            assertThat(slots[i] - slots[i - limit]).as("reservation %d is a window after reservation %d", i, i - limit)
                    .isGreaterThanOrEqualTo(WINDOW.toMillis());
        }
        assertThat(slots[11] - slots[0]).as("12 requests at 5 per window need two windows")
                .isGreaterThanOrEqualTo(2 * WINDOW.toMillis());
    }

    @Test
    void aPauseFromOneReplicaHoldsBackTheOthersButOtherBudgetsAreIndependent() {
        RateBudget a = PostgresRateBudget.create(db.dataSource(), "aircall");
        RateBudget b = PostgresRateBudget.create(db.dataSource(), "aircall");
        RateBudget otherCompany = PostgresRateBudget.create(db.dataSource(), "aircall-company-2");

        a.pause(Duration.ofSeconds(30));
        long pausedUntil = Long.parseLong(db.queryOne("SELECT paused_until FROM trunkline_rate_budget WHERE name = 'aircall'"));
        a.pause(Duration.ofSeconds(5));

        assertThat(db.queryOne("SELECT paused_until FROM trunkline_rate_budget WHERE name = 'aircall'"))
                .as("a shorter pause never shortens a longer one").isEqualTo(String.valueOf(pausedUntil));
        b.reserve(120, WINDOW, Duration.ZERO);
        assertThat(reservations("aircall")).containsExactly(pausedUntil);
        otherCompany.reserve(120, WINDOW, Duration.ZERO);
        assertThat(reservations("aircall-company-2")[0]).isLessThan(pausedUntil);
    }

    @Test
    void honoursTheCallersOwnEarliestSendTime() {
        RateBudget budget = PostgresRateBudget.create(db.dataSource(), "aircall");

        Duration wait = budget.reserve(120, WINDOW, Duration.ofSeconds(20));
        budget.reserve(120, WINDOW, Duration.ZERO);

        assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        long[] log = reservations("aircall");
        assertThat(log[1]).as("never before the previous reservation").isEqualTo(log[0]);
    }

    @Test
    void refusesAMissingDataSourceOrName() {
        assertThatThrownBy(() -> PostgresRateBudget.create(null, "aircall")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("dataSource: missing (null)");
        assertThatThrownBy(() -> PostgresRateBudget.create(db.dataSource(), " ")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("name: missing or blank; pass the same name in every replica");
    }

    @Test
    void failsClearlyRatherThanGrantARequestItCouldNotRecord() {
        RateBudget budget = PostgresRateBudget.create(db.dataSource(), "aircall");
        db.execute("DROP TABLE trunkline_rate_budget");

        assertThatThrownBy(() -> budget.reserve(120, WINDOW, Duration.ZERO))
                .isInstanceOfSatisfying(StateStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.DATABASE_ERROR))
                .hasMessageContaining("while reserving a request of the rate budget 'aircall'");
    }
}
