package io.trunkline.core.lifecycle;

import java.util.Objects;

/**
 * One typed entry of a DID's journal in the {@link StateStore}: what Trunkline intends to create,
 * what it created, which assistant it bound, and which manual steps a person confirmed.
 * {@link JournalCodec} turns entries into store values and back.
 */
sealed interface JournalEntry {

    /**
     * A create about to be sent: Trunkline owns what it makes, even if the answer is lost.
     *
     * @param baseline what the platform had before the create, to find a lost create's result; {@code null} when
     *     the resource has a natural key instead (the SIP number, found by its DID)
     */
    record Intent(String baseline) implements JournalEntry {
    }

    /**
     * A create that completed.
     *
     * @param id the vendor's id, or {@code null} when the resource is found by its natural key (the SIP number)
     */
    record Created(String id) implements JournalEntry {
    }

    /** @param assistantId the assistant Trunkline bound the DID to */
    record Binding(String assistantId) implements JournalEntry {
        public Binding {
            Objects.requireNonNull(assistantId, "assistantId");
        }
    }

    /** @param fingerprint the manual step's fingerprint when a person confirmed it */
    record Confirmation(String fingerprint) implements JournalEntry {
        public Confirmation {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }
}
