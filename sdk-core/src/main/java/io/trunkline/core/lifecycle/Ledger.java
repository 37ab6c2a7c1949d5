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
