package io.trunkline.core.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.PhoneNumber;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several stores and processes on one state file: no lost entry, one apply of a DID at a time. */
class FileStateStoreLockTest {

    private static final PhoneNumber DID = PhoneNumber.parse("+33123456789");

    @TempDir
    Path dir;

    @Test
    void twoStoresOnOneFileKeepEachOthersEntries() throws Exception {
        Path file = dir.resolve("trunkline.state");
        FileStateStore a = new FileStateStore(file);
        FileStateStore b = new FileStateStore(file);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (FileStateStore store : List.of(a, b)) {
                String name = store == a ? "a" : "b";
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.put("+3312345678" + (i % 10) + "/" + name + i, "id:" + i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(new FileStateStore(file).entries("")).hasSize(50);
    }

    @Test
    void anotherProcessHoldingTheDidMakesThisOneWaitThenFailClearlyAndTheLockGoesWithIt() throws Exception {
        Path file = dir.resolve("trunkline.state");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDidLock.class.getName(), file.toString(), DID.e164())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            FileStateStore impatient = new FileStateStore(file, Duration.ofMillis(300));

            assertThatThrownBy(() -> impatient.lockDid(DID)).isInstanceOf(TrunklineException.class)
                    .hasMessageContaining("another process has held the lock of the apply of +33123456789")
                    .hasMessageContaining(file.getFileName() + ".lock");
            assertThat(impatient.lockDid(PhoneNumber.parse("+33198765432")))
                    .as("another DID does not wait").isNotNull().satisfies(StateStore.DidLock::close);

            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (StateStore.DidLock lock = impatient.lockDid(DID)) {
                assertThat(impatient.get(DID.e164() + "/written-by"))
                        .as("the lock re-reads what the other process wrote").contains("the other process");
            }
        } finally {
            other.destroyForcibly();
        }
    }
}
