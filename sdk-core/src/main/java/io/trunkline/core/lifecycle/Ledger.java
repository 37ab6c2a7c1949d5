package io.trunkline.core.lifecycle;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.ManualStep;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's view of the {@link StateStore} for one DID: a typed journal ({@link JournalEntry})
 * of which resources Trunkline created (or was about to create), which assistant it bound, and
 * which manual steps are confirmed. Keys start with the DID so that one store can hold many
 * integrations; {@link JournalCodec} turns entries into store values. Reading never writes: a
 * journal in an older format is rewritten in the current one by the first write, which only apply
 * (and confirming a manual step) makes.
 */
final class Ledger {

    /** Prefix of manual-step confirmations' keys. */
    private static final String CONFIRMED = "confirmed/";

    private final StateStore store;
    private final PhoneNumber did;
    private final String prefix;
    private int format;

    /** @throws io.trunkline.core.exception.TrunklineException when the DID's journal is in an unknown format */
    Ledger(StateStore store, PhoneNumber did) {
        this.store = store;
        this.did = did;
        this.prefix = did.e164() + "/";
        this.format = JournalCodec.format(store.get(prefix + JournalCodec.FORMAT_KEY), did);
    }

    static String actionKey(String name) {
        return "transfer-action/" + name;
    }

    private Optional<JournalEntry> entry(String key) {
        return store.get(prefix + key).map(value -> JournalCodec.decode(key, value, format));
    }

    private void write(String key, JournalEntry entry) {
        migrateIfOlder();
        store.put(prefix + key, JournalCodec.encode(entry));
    }

    /** Removes an entry; the last one takes the format entry with it, so a destroyed DID leaves nothing behind. */
    void remove(String key) {
        migrateIfOlder();
        store.remove(prefix + key);
        if (entries().isEmpty()) {
            store.remove(prefix + JournalCodec.FORMAT_KEY);
        }
    }

    /** Rewrites every entry of the DID in the current format, then records the format. */
    private void migrateIfOlder() {
        if (format == JournalCodec.FORMAT) {
            return;
        }
        entries().forEach((key, entry) -> store.put(prefix + key, JournalCodec.encode(entry)));
        store.put(prefix + JournalCodec.FORMAT_KEY, String.valueOf(JournalCodec.FORMAT));
        format = JournalCodec.FORMAT;
    }

    /** @return the DID's entries by key (without the prefix), decoded */
    private Map<String, JournalEntry> entries() {
        Map<String, JournalEntry> decoded = new java.util.TreeMap<>();
        store.entries(prefix).forEach((full, value) -> {
            String key = full.substring(prefix.length());
            if (!key.equals(JournalCodec.FORMAT_KEY)) {
                decoded.put(key, JournalCodec.decode(key, value, format));
            }
        });
        return decoded;
    }

    /**
     * What the journal says of the DID's resources (manual-step confirmations left out), like
     * Terraform's state serial: while it is unchanged, no apply of the DID has run since it was read,
     * so a saved plan is still current for every Trunkline writer sharing the store.
     *
     * @return an opaque, secret-free value to compare
     */
    String serial() {
        Map<String, JournalEntry> resources = entries();
        resources.keySet().removeIf(key -> key.startsWith(CONFIRMED));
        return resources.toString();
    }

    /** @return whether Trunkline created, or was creating, the resource under {@code key} */
    boolean owns(String key) {
        return entry(key).filter(e -> e instanceof JournalEntry.Intent || e instanceof JournalEntry.Created).isPresent();
    }

    /** @return the vendor id recorded for {@code key}, when the create completed */
    Optional<String> recordedId(String key) {
        return entry(key).flatMap(Ledger::createdId);
    }

    private static Optional<String> createdId(JournalEntry entry) {
        return entry instanceof JournalEntry.Created created ? Optional.ofNullable(created.id()) : Optional.empty();
    }

    /**
     * Records that a create is about to be sent, with what existed before it ({@code null} for a
     * resource found by its natural key), so that a lost answer can be reconciled later through
     * documented reads.
     */
    void intend(String key, String baseline) {
        write(key, new JournalEntry.Intent(baseline));
    }

    /** @return the baseline recorded with an intent that has no id yet (empty for an intent without one) */
    Optional<String> intentBaseline(String key) {
        return entry(key).filter(JournalEntry.Intent.class::isInstance)
                .map(e -> ((JournalEntry.Intent) e).baseline());
    }

    /** @return the ids recorded for every key of this DID except {@code exceptKey} */
    Set<String> recordedIdsExcept(String exceptKey) {
        Set<String> ids = new HashSet<>();
        entries().forEach((key, entry) -> {
            if (!key.equals(exceptKey)) {
                createdId(entry).ifPresent(ids::add);
            }
        });
        return ids;
    }

    /** Records a completed create: with the vendor's id, or {@code null} for a resource found by its natural key. */
    void recordCreated(String key, String id) {
        write(key, new JournalEntry.Created(id));
    }

    void recordBinding(String assistantId) {
        write(Planner.BINDING, new JournalEntry.Binding(assistantId));
    }

    boolean confirmed(ManualStep step) {
        return entry(CONFIRMED + step.id())
                .filter(e -> e instanceof JournalEntry.Confirmation c && c.fingerprint().equals(step.fingerprint()))
                .isPresent();
    }

    void confirm(ManualStep step) {
        write(CONFIRMED + step.id(), new JournalEntry.Confirmation(step.fingerprint()));
    }

    @Override
    public String toString() {
        return "Ledger[" + did + ", format " + format + "]";
    }
}
