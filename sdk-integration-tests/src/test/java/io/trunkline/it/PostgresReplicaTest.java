package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.ManualStepConfirmer;
import io.trunkline.state.jdbc.PostgresStateStore;
import io.trunkline.state.jdbc.StateStoreException;
import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on the PostgreSQL store, against the simulators: a replica that dies between a create
 * and its id, and a database connection lost in the middle of an apply. Each time the next run
 * (another replica, or the same after the database is back) converges without creating anything twice.
 */
class PostgresReplicaTest {

    private final IntegrationPlan integration = Plans.integration(0);
    private final String did = Vendors.did(0).e164();
    private Vendors vendors;
    private TestDatabase db;

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        vendors = new Vendors(1);
    }

    @AfterEach
    void stop() {
        if (vendors != null) {
            vendors.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private Sdk replica() {
        return Sdk.against(vendors).store(PostgresStateStore.create(db.dataSource())).build();
    }

    private String entry(String key) {
        return db.queryOne("SELECT value FROM trunkline_state WHERE key = '" + did + "/" + key + "'");
    }

    @Test
    void anotherReplicaFinishesACreateWhoseAnswerWasLostWithoutADuplicate() {
        vendors.synthflow.faults().next(1, "POST", "/v2/custom-numbers", SimulatedFault.crashAfterCommit());

        assertThatThrownBy(() -> replica().engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class);
        assertThat(entry("sip-number")).as("the intent, written before the create").isEqualTo("intent");

        replica().engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);
        ApplyResult again = replica().engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(vendors.synthflow.requests("POST", "/v2/custom-numbers")).hasSize(1);
        assertThat(entry("sip-number")).as("still Trunkline's, so destroy removes it").isNotNull();
        assertThat(again.succeededCount()).as("a third run has nothing left to do").isZero();
    }

    @Test
    void aConnectionLostMidApplyStopsItClearlyKeepsWhatWasRecordedAndTheNextRunConverges() {
        Sdk replica = replica();
        ApplyListener databaseGoesAway = new ApplyListener() {
            @Override
            public void stepStarted(Change change) {
                if (change.id().startsWith("transfer-action")) {
                    db.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
                }
            }
        };

        assertThatThrownBy(() -> replica.engine.converge(integration, databaseGoesAway, ManualStepConfirmer.NONE))
                .isInstanceOf(ApplyFailedException.class)
                .hasMessageContaining("apply failed at transfer-action")
                .cause().isInstanceOfSatisfying(StateStoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StateStoreException.Problem.CONNECTION_LOST))
                .hasMessageContaining("lost the connection to PostgreSQL while recording '" + did + "/transfer-action");
        assertThat(entry("sip-number")).as("recorded before the loss").isEqualTo("created");
        assertThat(vendors.synthflow.requests("POST", "/v2/actions")).as("no create without its intent").isEmpty();

        replica.engine.converge(integration, ApplyListener.NONE, ManualStepConfirmer.NONE);

        assertThat(vendors.synthflow.requests("POST", "/v2/custom-numbers")).hasSize(1);
        int transfers = integration.transferTargets().size();
        assertThat(vendors.synthflow.requests("POST", "/v2/actions")).as("one per transfer").hasSize(transfers);
        assertThat(db.queryOne("SELECT count(*) FROM trunkline_state WHERE key LIKE '" + did + "/transfer-action/%'"
                + " AND value LIKE 'created:%'")).isEqualTo(String.valueOf(transfers));
    }
}
