package io.trunkline.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredToolTest {

    private static final RequiredTool TOOL = new RequiredTool("SIPp", "sipp", "apt-get install sip-tester");

    @TempDir
    Path dir;

    /** Where the helper warns; captured so the expected warnings stay out of the build log. */
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void findsTheFirstExecutableOnPath() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path sipp = executable(bin.resolve("sipp"));

        assertThat(TOOL.locate(Map.of("PATH", empty + ":" + bin), out())).isEqualTo(sipp);
    }

    @Test
    void failsUnderCiWhenTheToolIsMissing() {
        Map<String, String> ci = Map.of("CI", "true", "PATH", dir.toString());

        assertThatThrownBy(() -> TOOL.locate(ci, out()))
                .isInstanceOf(AssertionFailedError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessage("SIPp is not installed (no 'sipp' on PATH): apt-get install sip-tester."
                        + " CI=true, so this test fails instead of skipping.");
        assertThat(console.toString()).isEmpty();
    }

    @Test
    void skipsLoudlyOutsideCiNamingTheToolAndHowToInstallIt() {
        assertThatThrownBy(() -> TOOL.locate(Map.of("PATH", dir.toString()), out()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("SIPp is not installed (no 'sipp' on PATH): apt-get install sip-tester");
        assertThat(console.toString()).isEqualTo("WARNING: SKIPPED, SIPp is not installed (no 'sipp' on PATH):"
                + " apt-get install sip-tester" + System.lineSeparator());
    }

    @Test
    void treatsOnlyCiTrueAsCi() {
        assertThatThrownBy(() -> TOOL.locate(Map.of("CI", "false", "PATH", dir.toString()), out()))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> TOOL.locate(Map.of("CI", "TRUE", "PATH", dir.toString()), out()))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void ignoresAFileThatIsNotExecutable() throws IOException {
        Files.createFile(dir.resolve("sipp"));

        assertThatThrownBy(() -> TOOL.locate(Map.of("CI", "true", "PATH", dir.toString()), out()))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void appliesTheSameRuleToAToolCheckedAnotherWay() {
        RequiredTool postgres = new RequiredTool("PostgreSQL", "postgres", "run ./test.sh");

        assertThatThrownBy(() -> postgres.unavailable("is not running on localhost:5432", Map.of("CI", "true"), out()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("PostgreSQL is not running on localhost:5432: run ./test.sh.");
        assertThatThrownBy(() -> postgres.unavailable("is not running on localhost:5432", Map.of(), out()))
                .isInstanceOf(TestAbortedException.class);
    }

    private PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private static Path executable(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        return file;
    }
}
