package io.trunkline.testsupport;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An external tool a test needs (SIPp, Kamailio, later PostgreSQL), and the one rule for when it is missing:
 * under {@code CI=true} the test fails, so a CI run can never report green with it skipped;
 * anywhere else the test is skipped loudly, naming the tool and how to install it.
 *
 * <pre>{@code
 * Path sipp = RequiredTool.SIPP.locate(System.getenv());   // in a @BeforeEach
 * }</pre>
 *
 * <p>The environment is a parameter, not read inside, so the rule itself can be tested.
 *
 * @param name what the tool is called in messages, e.g. {@code SIPp}
 * @param command the executable looked up on {@code PATH}, e.g. {@code sipp}
 * @param howToInstall what to run to get it, e.g. {@code ./test.sh, or apt-get install sip-tester}
 */
public record RequiredTool(String name, String command, String howToInstall) {

    /** SIPp, the real SIP peer of the SIP probe tests (Debian package {@code sip-tester}). */
    public static final RequiredTool SIPP = new RequiredTool("SIPp", "sipp",
            "run ./test.sh, or apt-get install sip-tester");

    /**
     * Kamailio with its TLS module, the real SIP peer of the TLS probe test (Debian packages
     * {@code kamailio} and {@code kamailio-tls-modules}): Debian builds SIPp without TLS.
     */
    public static final RequiredTool KAMAILIO = new RequiredTool("Kamailio", "kamailio",
            "run ./test.sh, or apt-get install kamailio kamailio-tls-modules");

    /**
     * PostgreSQL, the server of sdk-state-jdbc's tests and the multi-process test (Debian package
     * {@code postgresql}). Those tests find it through {@code TRUNKLINE_TEST_PG_URL}, not on PATH.
     */
    public static final RequiredTool POSTGRESQL = new RequiredTool("PostgreSQL", "postgres",
            "run ./test.sh (it installs Debian's postgresql when missing and starts a throwaway server), or export"
                    + " TRUNKLINE_TEST_PG_URL=jdbc:postgresql://HOST:PORT/DB and TRUNKLINE_TEST_PG_USER (a superuser)");

    /** Rejects blank values: every message names the tool and its remedy. */
    public RequiredTool {
        for (String value : new String[] {name, command, howToInstall}) {
            if (Objects.requireNonNull(value, "name, command and howToInstall").isBlank()) {
                throw new IllegalArgumentException("a required tool needs a name, a command and how to install it");
            }
        }
    }

    /**
     * Finds the command the way {@code command -v} does: the first executable file named
     * {@link #command()} in the environment's {@code PATH}. (Running the tool to check is no
     * use for SIPp: {@code sipp -v} exits 99.)
     *
     * @param environment the process environment, e.g. {@code System.getenv()}
     * @return the executable
     * @throws AssertionFailedError if it is missing and {@code CI=true}: the test fails
     * @throws TestAbortedException if it is missing otherwise: the test is skipped
     */
    public Path locate(Map<String, String> environment) {
        return locate(environment, System.err);
    }

    Path locate(Map<String, String> environment, PrintStream console) {
        Optional<Path> found = onPath(environment.getOrDefault("PATH", ""));
        if (found.isEmpty()) {
            unavailable("is not installed (no '" + command + "' on PATH)", environment, console); // throws
        }
        return found.get();
    }

    /**
     * The rule on its own, for a tool checked some other way (e.g. a server that does not answer).
     * Always throws.
     *
     * @param problem what is wrong, completing "name …", e.g. {@code is not running on localhost:5432}
     * @param environment the process environment; only {@code CI} is read
     * @throws AssertionFailedError under {@code CI=true}: the test fails
     * @throws TestAbortedException otherwise: the test is skipped, and a warning says why
     */
    public void unavailable(String problem, Map<String, String> environment) {
        unavailable(problem, environment, System.err);
    }

    void unavailable(String problem, Map<String, String> environment, PrintStream console) {
        String message = name + " " + problem + ": " + howToInstall;
        if (runsInCi(environment)) {
            throw new AssertionFailedError(message + ". CI=true, so this test fails instead of skipping.");
        }
        // Skipped tests are only a count in Maven's summary; say on the console what is missing.
        console.println("WARNING: SKIPPED, " + message);
        throw new TestAbortedException(message);
    }

    /** @return whether {@code CI} is {@code true}, as GitHub Actions, GitLab CI and most others set it */
    static boolean runsInCi(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault("CI", "").trim());
    }

    private Optional<Path> onPath(String path) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
