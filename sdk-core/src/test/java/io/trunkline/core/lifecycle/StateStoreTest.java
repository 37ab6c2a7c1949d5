package io.trunkline.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.TrunklineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFileStoreSurvivesARestart() {
        Path file = dir.resolve("state/trunkline.state");
        StateStore first = StateStore.file(file);
        first.put("+33123456789/sip-number", "created");
        first.put("+33123456789/transfer-action/Support", "id:abc");
        first.put("+44123456789/sip-number", "intended");
        first.remove("+44123456789/sip-number");

        StateStore reopened = StateStore.file(file);

        assertThat(reopened.entries("+33123456789/")).isEqualTo(Map.of(
                "+33123456789/sip-number", "created", "+33123456789/transfer-action/Support", "id:abc"));
        assertThat(reopened.get("+44123456789/sip-number")).isEmpty();
    }

    @Test
    void aFileStoreLeavesNoTemporaryFilesBehind() throws Exception {
        Path file = dir.resolve("trunkline.state");
        StateStore store = StateStore.file(file);
        for (int i = 0; i < 5; i++) {
            store.put("k" + i, "v");
        }

        try (var files = Files.list(dir)) {
            // the .lock sibling is deliberate: processes sharing the file lock it (see FileStateStore)
            assertThat(files).containsExactlyInAnyOrder(file, dir.resolve("trunkline.state.lock"));
        }
    }

    @Test
    void theEngineResumesFromAFileStoreAfterARestart() {
        Path file = dir.resolve("trunkline.state");
        EngineFixture fx = new EngineFixture();
        IntegrationEngine before = IntegrationEngine.builder().agentPlatform(fx.platform)
                .contactCenter(fx.contactCenter).stateStore(StateStore.file(file)).clock(fx.clock).build();
        before.converge(EngineFixture.plan(), ApplyListener.NONE, ManualStepConfirmer.NONE);

        IntegrationEngine after = IntegrationEngine.builder().agentPlatform(fx.platform)
                .contactCenter(fx.contactCenter).stateStore(StateStore.file(file)).clock(fx.clock).build();
        after.apply(after.planDestroy(EngineFixture.plan()), ApplyListener.NONE);

        assertThat(fx.platform.numbers).as("ownership came back from the file").isEmpty();
        assertThat(fx.platform.actions).isEmpty();
    }

    @Test
    void aFileWrittenBeforeFormatsWereRecordedIsReadAndGetsTheFormatWithTheNextChange() throws Exception {
        Path file = dir.resolve("trunkline.state");
        Files.writeString(file, "#Trunkline state\n+33123456789/sip-number=created\n");

        StateStore store = StateStore.file(file);
        assertThat(store.entries("")).isEqualTo(Map.of("+33123456789/sip-number", "created"));

        store.put("+33123456789/assistant-binding", "a1");
        assertThat(Files.readString(file)).contains("trunkline.state-format=2");
        assertThat(StateStore.file(file).entries("")).as("the format is not an entry").hasSize(2);
    }

    @Test
    void aFileInAnUnknownFormatIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("trunkline.state");
        String future = "trunkline.state-format=7\n+33123456789/sip-number=created\n";
        Files.writeString(file, future);

        assertThatThrownBy(() -> StateStore.file(file)).isInstanceOf(TrunklineException.class)
                .hasMessageContaining("format \"7\"").hasMessageContaining("left untouched");
        assertThat(Files.readString(file)).isEqualTo(future);
    }
}
