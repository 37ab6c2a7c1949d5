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

/**
 * The figures each suite measured, written to {@code target/reliability/<section>.json} when the
 * suite ends, merged into {@code figures.json} by {@link ReliabilityDocTest}.
 */
final class Figures {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
            JSON.writeValue(directory().resolve(section + ".json").toFile(), new TreeMap<>(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
