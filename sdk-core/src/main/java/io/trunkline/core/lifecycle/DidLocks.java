package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.model.PhoneNumber;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises plan-and-apply work on the same DID within this JVM, and across processes through the
 * {@link StateStore#lockDid state store's lock}. The vendors have no idempotency
 * keys or locks, so the lookup before a create and the create itself are only safe when no other
 * apply of the same DID runs in between. The map is JVM-wide on purpose: two engines (two SDK
 * instances) in one process must not race either. Different DIDs never wait for each other.
 */
final class DidLocks {

    private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private DidLocks() {
    }

    /**
     * Runs {@code work} holding the DID's lock in this JVM and, on the outermost call, the store's
     * lock across processes (a converge applies under the lock it already holds).
     */
    static <T> T withLock(PhoneNumber did, StateStore store, Supplier<T> work) {
        ReentrantLock lock = LOCKS.computeIfAbsent(did.e164(), k -> new ReentrantLock());
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrunklineException("interrupted while waiting for another apply of " + did + " to finish", e);
        }
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            try (StateStore.DidLock acrossProcesses = store.lockDid(did)) {
                return work.get();
            }
        } finally {
            lock.unlock();
        }
    }
}
