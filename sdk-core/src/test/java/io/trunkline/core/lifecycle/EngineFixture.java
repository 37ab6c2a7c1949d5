package io.trunkline.core.lifecycle;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.model.TransferTarget;
import io.trunkline.testsupport.ManualClock;
import java.time.Instant;

/** Fakes wired to an engine, with the guide's happy-path plan. */
final class EngineFixture {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    final FakeAgentPlatform platform = new FakeAgentPlatform().withAssistant(GuidePlans.ASSISTANT_ID, true);
    final FakeContactCenter contactCenter = new FakeContactCenter()
            .line(1234, GuidePlans.DID, true).line(5678, "+33 9 87 65 43 21", true).line(9012, "+33 1 11 11 11 11", true)
            .team(678, 3).user(456);
    final StateStore store = StateStore.inMemory();
    final ManualClock clock = new ManualClock(START);
    final IntegrationEngine engine = engine();

    IntegrationEngine engine() {
        return IntegrationEngine.builder().agentPlatform(platform).contactCenter(contactCenter).stateStore(store)
                .clock(clock).sleeper(clock::sleep).build();
    }

    /** The happy path with two transfer targets, so every kind of change appears. */
    static IntegrationPlan plan() {
        return GuidePlans.ipAllowlist()
                .addTransferTarget(TransferTarget.line(9012).name("Sales line").build())
                .build();
    }
}
