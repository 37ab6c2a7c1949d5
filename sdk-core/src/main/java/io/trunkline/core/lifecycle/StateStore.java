package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.internal.lifecycle.FileStateStore;
import io.trunkline.core.internal.lifecycle.InMemoryStateStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Trunkline records what it created and which manual steps were confirmed, so that
 * {@code destroy} removes only Trunkline's own resources and a crashed apply can be resumed.
 *
 * <p><b>Why a state store and not a marker in a name field:</b> Synthflow's transfer actions have no
 * name field to carry a marker, and a marker in the SIP number's friendly name would show in the
 * dashboard and drift whenever someone renames it. Trunkline therefore writes an <em>intent</em>
 * entry before every create and the vendor id after it (a write-ahead journal, like Terraform's
 * state): if the process dies between the vendor's create and the journal update, the next run
 * finds the resource by its natural key (the DID) and the intent entry tells it the resource is
 * Trunkline's. Resources that existed before Trunkline first ran have no entry and survive destroy.
 *
 * <p>Entries are plain strings; secrets are never stored. Implementations must be thread-safe.
 */
public interface StateStore {

    /**
     * @param key e.g. {@code +33123456789/sip-number}
     * @return the value stored under {@code key}
     */
    Optional<String> get(String key);

    /**
     * Stores a value durably before returning.
     *
     * @param key the key
     * @param value the value
     */
    void put(String key, String value);

    /** @param key the key to remove */
    void remove(String key);

    /**
     * @param prefix a key prefix, e.g. {@code +33123456789/}
     * @return a snapshot of the entries whose key starts with {@code prefix}
     */
    Map<String, String> entries(String prefix);

    /**
     * Takes {@code did}'s lock for a whole plan-and-apply, across every process that shares this
     * store, so that two processes never both look a resource up, find nothing and create it. The
     * engine calls it once per apply or converge, inside its own lock for this JVM. A store shared
     * by several processes must implement it; the default takes no lock beyond the engine's, which
     * is right for a store only one process uses (the in-memory one).
     *
     * @param did the integration's DID
     * @return the held lock; closing it releases the lock
     * @throws io.trunkline.core.exception.TrunklineException when the lock cannot be taken, saying which process
     *     or file holds it
     */
    default DidLock lockDid(PhoneNumber did) {
        return () -> { };
    }

    /** A per-DID lock held by {@link #lockDid}; closing releases it. */
    @FunctionalInterface
    interface DidLock extends AutoCloseable {
        /** Releases the lock; never throws. */
        @Override
        void close();
    }

    /** @return a store that lives as long as the object (tests, single-run tools) */
    static StateStore inMemory() {
        return new InMemoryStateStore();
    }

    /**
     * A store kept in a file, rewritten atomically on every change, so that it survives crashes and
     * can be committed next to the code that provisions the integration. Processes on one host may
     * share it: every change re-reads the file under an OS-level lock of {@code <file>.lock}, so
     * none is lost or interleaved, and {@link #lockDid} holds a DID's lock across processes (waiting
     * up to 10 minutes for another process's apply of the same DID, then failing with a clear error).
     *
     * @param file the state file, created when missing
     * @return the store
     */
    static StateStore file(Path file) {
        return new FileStateStore(file);
    }
}
