package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.model.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal is typed and versioned: the previous release's entries are migrated, an unknown format refused. */
class JournalTest {

    private static final String PREFIX = PhoneNumber.parse(GuidePlans.DID).e164() + "/";

    private final ReadOnlyPlanningTest.FreezableStore store = new ReadOnlyPlanningTest.FreezableStore();
    private final EngineFixture fx = new EngineFixture();
    private final IntegrationEngine engine = IntegrationEngine.builder().agentPlatform(fx.platform)
            .contactCenter(fx.contactCenter).stateStore(store).clock(fx.clock).sleeper(fx.clock::sleep).build();
    private final IntegrationPlan integration = EngineFixture.plan();

    /** The value the previous release wrote for what this release writes as {@code current}. */
    private static String asPreviousRelease(String current) {
        if (current.equals("intent") || current.startsWith("intent:")) {
            return current.replaceFirst("^intent", "intended");
        }
        if (current.startsWith("created:")) {
            return "id:" + current.substring("created:".length());
        }
        return current.equals("created") ? current : current.substring(current.indexOf(':') + 1);
    }

    private Map<String, String> rewriteAsPreviousRelease() {
        Map<String, String> current = new LinkedHashMap<>(store.entries(PREFIX));
        current.keySet().forEach(store::remove);
        Map<String, String> previous = new LinkedHashMap<>();
        current.forEach((key, value) -> {
            if (!key.endsWith("/" + JournalCodec.FORMAT_KEY)) {
                previous.put(key, asPreviousRelease(value));
            }
        });
        previous.forEach(store::put);
        return current;
    }

    @Test
    void theCurrentReleaseWritesSelfDescribingEntriesAndItsFormat() {
        engine.converge(integration, ApplyListener.NONE, step -> true);

        assertThat(store.entries(PREFIX)).containsEntry(PREFIX + "journal-format", "2")
                .containsEntry(PREFIX + "sip-number", "created")
                .containsEntry(PREFIX + "assistant-binding", "binding:" + GuidePlans.ASSISTANT_ID)
                .allSatisfy((key, value) -> assertThat(value).matches("2|created(:.+)?|binding:.+|confirmed:.+"));
    }

    @Test
    void aJournalWrittenByThePreviousReleaseIsReadAsIsAndMigratedByTheFirstWrite() {
        engine.converge(integration, ApplyListener.NONE, step -> true);
        Map<String, String> current = rewriteAsPreviousRelease();
        Map<String, String> previous = new LinkedHashMap<>(store.entries(PREFIX));

        store.frozen = true;
        assertThat(engine.plan(integration).hasChanges()).as("everything is still known as created and confirmed").isFalse();
        assertThat(engine.planDestroy(integration).hasWrites()).as("and as Trunkline's, so destroy removes it").isTrue();
        assertThat(store.entries(PREFIX)).as("reading migrates nothing").isEqualTo(previous);

        store.frozen = false;
        engine.confirmManualStep(integration, "aircall.smartflow");
        assertThat(store.entries(PREFIX)).as("the first write migrates the whole journal").isEqualTo(current);
    }

    @Test
    void aJournalInAnUnknownFormatIsRefusedAndTheStoreLeftUntouched() {
        engine.converge(integration, ApplyListener.NONE, step -> true);
        int writes = fx.platform.writeLog.size();
        store.put(PREFIX + JournalCodec.FORMAT_KEY, "9");
        Map<String, String> before = new LinkedHashMap<>(store.entries(""));

        assertThatThrownBy(() -> engine.converge(integration, ApplyListener.NONE, step -> true))
                .isInstanceOf(TrunklineException.class).hasMessageContaining("format \"9\"")
                .hasMessageContaining("Nothing was changed");
        assertThatThrownBy(() -> engine.planDestroy(integration)).isInstanceOf(TrunklineException.class);
        assertThat(store.entries("")).isEqualTo(before);
        assertThat(fx.platform.writeLog).as("only the first converge wrote").hasSize(writes);
    }
}
