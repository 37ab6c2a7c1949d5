package io.trunkline.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

    static void write(String section, Map<String, ?> figures) {
        try {
            Files.createDirectories(directory());
            JSON.writeValue(directory().resolve(section + ".json").toFile(), new TreeMap<>(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
