package io.trunkline.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.trunkline.testkit.VendorProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The figures each suite measured, written to {@code target/reliability/<section>.json} when the
 * suite ends, merged into {@code figures.json} by {@link ReliabilityDocTest}.
 *
 * <p>Each file carries the {@link #RUN} that wrote it, so the document is checked against this
 * test run's figures only, never against files an earlier build left in {@code target/}. All
 * suites and the document check run in one JVM (surefire's single reused fork), which is what
 * makes a per-JVM id mean "this run".
 */
final class Figures {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The figures' key naming the run that measured them. */
    static final String RUN_KEY = "run";
    /** This test run (this JVM); random, so no earlier run can have written it. */
    static final String RUN = UUID.randomUUID().toString();

    private Figures() {
    }

    static Path directory() {
        String figures = System.getProperty("reliability.figures", "target/reliability/figures.json");
        return Path.of(figures).toAbsolutePath().getParent();
    }

    /**
     * @param suite e.g. {@code crash-resume}
     * @param profile the simulators' profile the suite ran under
     * @return the section name: the suite's own for the documented-only profile, suffixed otherwise
     */
    static String section(String suite, VendorProfile profile) {
        return profile.documentedOnly() ? suite : suite + "-ledger-assumptions";
    }

    static void write(String section, Map<String, ?> figures) {
        try {
            Files.createDirectories(directory());
            Map<String, Object> stamped = new TreeMap<>(figures);
            stamped.put(RUN_KEY, RUN);
            JSON.writeValue(directory().resolve(section + ".json").toFile(), stamped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
