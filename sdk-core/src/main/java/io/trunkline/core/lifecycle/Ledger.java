package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.ManualStep;
import java.util.Optional;

/**
 * The engine's view of the {@link StateStore} for one DID: which resources Trunkline created
 * (or was about to create) and which manual steps are confirmed. Keys start with the DID so that
 * one store can hold many integrations.
 */
final class Ledger {

    static final String INTENDED = "intended";
    static final String CREATED = "created";
    private static final String ID_PREFIX = "id:";
    /** An intent that carries the platform's baseline of what existed before the create. */
    private static final String INTENDED_PREFIX = "intended:";

    private final StateStore store;
    private final String prefix;

    Ledger(StateStore store, PhoneNumber did) {
        this.store = store;
        this.prefix = did.e164() + "/";
    }

    static String actionKey(String name) {
        return "transfer-action/" + name;
    }

    Optional<String> get(String key) {
        return store.get(prefix + key);
    }

    void put(String key, String value) {
        store.put(prefix + key, value);
    }

    void remove(String key) {
        store.remove(prefix + key);
    }

    /** @return whether Trunkline created, or was creating, the resource under {@code key} */
    boolean owns(String key) {
        return get(key).isPresent();
    }

    /** @return the vendor id recorded for {@code key}, when the create completed */
    Optional<String> recordedId(String key) {
        return get(key).filter(v -> v.startsWith(ID_PREFIX)).map(v -> v.substring(ID_PREFIX.length()));
    }

    /**
     * Records that a create is about to be sent, with what existed before it, so that a lost answer
     * can be reconciled later through documented reads.
     */
    void intend(String key, String baseline) {
        put(key, INTENDED_PREFIX + baseline);
    }

    /** @return the baseline recorded with an intent that has no id yet (empty for an intent written before baselines) */
    Optional<String> intentBaseline(String key) {
        return get(key).filter(v -> v.startsWith(INTENDED_PREFIX)).map(v -> v.substring(INTENDED_PREFIX.length()));
    }

    /** @return the ids recorded for every key of this DID except {@code exceptKey} */
    java.util.Set<String> recordedIdsExcept(String exceptKey) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        store.entries(prefix).forEach((full, value) -> {
            if (!full.equals(prefix + exceptKey) && value.startsWith(ID_PREFIX)) {
                ids.add(value.substring(ID_PREFIX.length()));
            }
        });
        return ids;
    }

    void recordId(String key, String id) {
        put(key, ID_PREFIX + id);
    }

    boolean confirmed(ManualStep step) {
        return get("confirmed/" + step.id()).filter(step.fingerprint()::equals).isPresent();
    }

    void confirm(ManualStep step) {
        put("confirmed/" + step.id(), step.fingerprint());
    }
}
