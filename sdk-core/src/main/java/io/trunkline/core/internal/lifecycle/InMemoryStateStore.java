package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.lifecycle.StateStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link StateStore} in memory. */
public final class InMemoryStateStore implements StateStore {

    private final ConcurrentSkipListMap<String, String> entries = new ConcurrentSkipListMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void put(String key, String value) {
        entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    @Override
    public void remove(String key) {
        entries.remove(Objects.requireNonNull(key, "key"));
    }

    @Override
    public Map<String, String> entries(String prefix) {
        Map<String, String> result = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        return result;
    }
}
