package io.trunkline.state.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.testsupport.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-DID lock across replicas. Advisory locks belong to database sessions, not processes, so
 * two stores in this JVM contend exactly as two replicas do.
 */
class DidLockTest {

    private static final PhoneNumber DID = PhoneNumber.parse("+33123456789");
    private static final PhoneNumber OTHER_DID = PhoneNumber.parse("+33198765432");

    @RegisterExtension
    final TestDatabase db = TestDatabase.perTest();

    private PostgresStateStore replica(Duration lockWait) {
        return PostgresStateStore.builder().dataSource(db.dataSource()).lockWait(lockWait).build();
    }

    @Test
    void aSecondReplicaWaitsThenFailsNamingTheSessionThatHoldsTheDidWhileOtherDidsDoNotWait() {
        PostgresStateStore first = replica(Duration.ofMinutes(1));
        PostgresStateStore impatient = replica(Duration.ofMillis(300));

        try (StateStore.DidLock held = first.lockDid(DID)) {
            String holderPid = db.queryOne("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");

            assertThatThrownBy(() -> impatient.lockDid(DID))
                    .isInstanceOfSatisfying(StateStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.LOCK_TIMEOUT))
                    .hasMessageContaining("another process (PostgreSQL session pid " + holderPid
                            + ", application 'trunkline-test'")
                    .hasMessageContaining("has held the lock of the apply of +33123456789 for more than 0 s");
            try (StateStore.DidLock other = impatient.lockDid(OTHER_DID)) {
                assertThat(other).as("another DID does not wait").isNotNull();
            }
        }
        try (StateStore.DidLock afterRelease = impatient.lockDid(DID)) {
            assertThat(afterRelease).as("released on close").isNotNull();
        }
    }

    @Test
    void aWaitingReplicaGetsTheLockWhenTheHolderFinishesAndSeesWhatItWrote() throws Exception {
        PostgresStateStore first = replica(Duration.ofMinutes(1));
        PostgresStateStore second = replica(Duration.ofMinutes(1));
        CompletableFuture<String> secondSaw;
        try (StateStore.DidLock held = first.lockDid(DID)) {
            secondSaw = CompletableFuture.supplyAsync(() -> {
                try (StateStore.DidLock lock = second.lockDid(DID)) {
                    return second.get(DID.e164() + "/sip-number").orElse("nothing");
                }
            });
            waitUntilWaiting();
            assertThat(secondSaw).as("blocked while the first replica holds the DID").isNotDone();
            first.put(DID.e164() + "/sip-number", "id:+33123456789");
        }

        assertThat(secondSaw.get(30, TimeUnit.SECONDS)).isEqualTo("id:+33123456789");
    }

    /** Polls the server (not the clock) until a session waits for an advisory lock. */
    private void waitUntilWaiting() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!"0".equals(db.queryOne("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no session ever waited for the DID's lock");
    }

    @Test
    void aLostConnectionMidApplyFailsTheNextWriteClearlyKeepsWhatWasWrittenAndFreesTheDid() {
        PostgresStateStore replica = replica(Duration.ofMinutes(1));
        PostgresStateStore next = replica(Duration.ofSeconds(30));

        try (StateStore.DidLock held = replica.lockDid(DID)) {
            replica.put(DID.e164() + "/sip-number", "intended");
            db.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");

            assertThatThrownBy(() -> replica.put(DID.e164() + "/sip-number", "id:+33123456789"))
                    .isInstanceOfSatisfying(StateStoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.CONNECTION_LOST))
                    .hasMessageContaining("lost the connection to PostgreSQL while recording '+33123456789/sip-number'")
                    .hasMessageContaining("everything recorded before it is kept")
                    .hasMessageContaining("run the converge again");
        }
        try (StateStore.DidLock taken = next.lockDid(DID)) {
            assertThat(next.get(DID.e164() + "/sip-number")).as("the intent survived").contains("intended");
        }
    }

    @Test
    void writesOutsideALockUseTheirOwnConnectionAndNeverWaitForAHeldDid() {
        PostgresStateStore holder = replica(Duration.ofMinutes(1));
        PostgresStateStore other = replica(Duration.ofMinutes(1));

        try (StateStore.DidLock held = holder.lockDid(DID)) {
            other.put(DID.e164() + "/confirmed/aircall.smartflow", "abc123");
            assertThat(holder.get(DID.e164() + "/confirmed/aircall.smartflow")).contains("abc123");
        }
    }
}
