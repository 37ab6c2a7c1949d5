package io.trunkline.core.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.model.PhoneNumber;
import java.util.Optional;

/**
 * Turns {@link JournalEntry}s into {@link StateStore} values and back, and says which format a
 * DID's journal is in. The store keeps plain strings (its SPI is the contract other stores, e.g. a
 * database, implement), so the journal's type lives here, written once.
 *
 * <p>Format 2 (this release) is self-describing: {@code intent}, {@code intent:<baseline>},
 * {@code created}, {@code created:<id>}, {@code binding:<assistant>}, {@code confirmed:<fingerprint>},
 * with {@code <did>/journal-format = 2}. Format 1, written by earlier releases without a format
 * entry, told entries apart by key ({@code intended}, {@code intended:<baseline>}, {@code created},
 * {@code id:<id>}, the bare assistant id under {@code assistant-binding}, the bare fingerprint under
 * {@code confirmed/<step>}); it is read as is and rewritten in format 2 by the first apply that
 * writes the DID's journal. Any other format is refused and the store left untouched.
 */
final class JournalCodec {

    /** The key, under a DID's prefix, of its journal's format. */
    static final String FORMAT_KEY = "journal-format";
    /** The format this release writes. */
    static final int FORMAT = 2;
    private static final int LEGACY = 1;

    private JournalCodec() {
    }

    /**
     * @param stored the DID's format entry, empty for a journal written before formats were recorded
     * @param did the DID, for the error
     * @return the format to read the DID's journal in
     * @throws TrunklineException when the format is one this release does not know
     */
    static int format(Optional<String> stored, PhoneNumber did) {
        if (stored.isEmpty()) {
            return LEGACY;
        }
        String value = stored.get().strip();
        if (value.equals(String.valueOf(LEGACY)) || value.equals(String.valueOf(FORMAT))) {
            return Integer.parseInt(value);
        }
        throw new TrunklineException("the journal of " + did + " in the state store is in format \"" + value
                + "\", which this release does not know (it reads formats " + LEGACY + " and " + FORMAT
                + "); use the Trunkline release that wrote it, or a newer one. Nothing was changed in the store");
    }

    static String encode(JournalEntry entry) {
        if (entry instanceof JournalEntry.Intent intent) {
            return intent.baseline() == null ? "intent" : "intent:" + intent.baseline();
        }
        if (entry instanceof JournalEntry.Created created) {
            return created.id() == null ? "created" : "created:" + created.id();
        }
        if (entry instanceof JournalEntry.Binding binding) {
            return "binding:" + binding.assistantId();
        }
        return "confirmed:" + ((JournalEntry.Confirmation) entry).fingerprint();
    }

    /**
     * @param key the entry's key under the DID's prefix (format 1 tells entries apart by it)
     * @param value the stored value
     * @param format the DID's journal format
     * @return the entry
     * @throws TrunklineException when the value is not an entry of that format
     */
    static JournalEntry decode(String key, String value, int format) {
        JournalEntry entry = format == LEGACY ? decodeLegacy(key, value) : decodeCurrent(value);
        if (entry == null) {
            throw new TrunklineException("the state store's journal entry " + key + " = \"" + value
                    + "\" is not a format-" + format + " entry; restore the state file from version control");
        }
        return entry;
    }

    private static JournalEntry decodeCurrent(String value) {
        String kind = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
        String rest = value.contains(":") ? value.substring(value.indexOf(':') + 1) : null;
        return switch (kind) {
            case "intent" -> new JournalEntry.Intent(rest);
            case "created" -> new JournalEntry.Created(rest);
            case "binding" -> rest == null ? null : new JournalEntry.Binding(rest);
            case "confirmed" -> rest == null ? null : new JournalEntry.Confirmation(rest);
            default -> null;
        };
    }

    private static JournalEntry decodeLegacy(String key, String value) {
        if (key.startsWith("confirmed/")) {
            return new JournalEntry.Confirmation(value);
        }
        if (key.equals(Planner.BINDING)) {
            return new JournalEntry.Binding(value);
        }
        if (value.equals("intended") || value.startsWith("intended:")) {
            return new JournalEntry.Intent(value.equals("intended") ? null : value.substring("intended:".length()));
        }
        if (value.equals("created") || value.startsWith("id:")) {
            return new JournalEntry.Created(value.equals("created") ? null : value.substring("id:".length()));
        }
        return null;
    }
}
