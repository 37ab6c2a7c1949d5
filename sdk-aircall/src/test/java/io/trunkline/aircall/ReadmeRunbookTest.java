package io.trunkline.aircall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the happy-path runbook exactly as {@link PinnedRunbookTest} pins it. */
class ReadmeRunbookTest {

    @Test
    void theReadmeShowsThePinnedHappyPathRunbook() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String pinned;
        try (InputStream in = ReadmeRunbookTest.class.getResourceAsStream("/runbook/happy-path.md")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(readme).as("README.md must contain src/test/resources/runbook/happy-path.md verbatim")
                .contains(pinned);
    }
}
