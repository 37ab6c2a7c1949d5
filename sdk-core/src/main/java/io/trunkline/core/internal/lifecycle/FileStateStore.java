package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.StateStore;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A {@link StateStore} in a properties file. Every change rewrites a temporary file and moves it
 * over the old one, so a crash leaves either the old or the new content, never half a file.
 */
public final class FileStateStore implements StateStore {

    private final Path file;
    private final TreeMap<String, String> entries = new TreeMap<>();

    /** @param file the state file, read now if it exists */
    public FileStateStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            load();
        }
    }

    private void load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new TrunklineException("cannot read the Trunkline state file " + file + ": " + e.getMessage()
                    + "; fix its permissions or restore it from version control", e);
        }
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public synchronized void put(String key, String value) {
        entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        save();
    }

    @Override
    public synchronized void remove(String key) {
        if (entries.remove(Objects.requireNonNull(key, "key")) != null) {
            save();
        }
    }

    @Override
    public synchronized Map<String, String> entries(String prefix) {
        Map<String, String> result = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        return result;
    }

    private void save() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Properties properties = new Properties();
            properties.putAll(entries);
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "Trunkline state: what Trunkline created and which manual steps were confirmed");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TrunklineException("cannot write the Trunkline state file " + file + ": " + e.getMessage()
                    + "; without it destroy cannot tell what Trunkline created", e);
        }
    }
}
