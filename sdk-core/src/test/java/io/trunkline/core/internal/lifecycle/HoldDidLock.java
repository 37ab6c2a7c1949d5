package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.PhoneNumber;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for {@link FileStateStoreLockTest}: takes a DID's lock on a state file, writes an
 * entry under it, says "locked" and holds the lock until its standard input closes.
 */
public final class HoldDidLock {

    private HoldDidLock() {
    }

    /**
     * @param args the state file and the DID
     * @throws IOException when standard input fails
     */
    public static void main(String[] args) throws IOException {
        FileStateStore store = new FileStateStore(Path.of(args[0]));
        PhoneNumber did = PhoneNumber.parse(args[1]);
        try (StateStore.DidLock lock = store.lockDid(did)) {
            store.put(did.e164() + "/written-by", "the other process");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
