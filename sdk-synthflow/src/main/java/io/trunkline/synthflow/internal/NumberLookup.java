package io.trunkline.synthflow.internal;

import io.trunkline.core.model.PhoneNumber;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberPage;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import java.util.Optional;

/**
 * Looks a DID up among the workspace's numbers without trusting an undocumented status code.
 *
 * <p>Synthflow's OpenAPI documents only 200 and 400 for {@code GET/PATCH/DELETE /numbers/{slug}}
 * (ledger entry {@link SynthflowAssumptions#UNKNOWN_SLUG_STATUS}): an unknown slug may come back as
 * 404 or as 400, and a 400 may also mean a bad request. So a 400 or 404 is never taken as "absent"
 * on its own: the paginated, documented {@code GET /numbers} confirms it. When the list does hold
 * the DID, the slug lookup contradicts the list, and the lookup fails with an error naming the
 * ledger entry rather than guessing.
 */
public final class NumberLookup {

    /** Page size when listing numbers. */
    static final int PAGE_SIZE = 100;

    private final SynthflowEndpoints api;

    /** @param api the Synthflow endpoints */
    public NumberLookup(SynthflowEndpoints api) {
        this.api = api;
    }

    /**
     * @param did the DID
     * @return the number, or empty when the workspace's number list confirms it is absent
     */
    public Optional<NumberDetails> find(PhoneNumber did) {
        return Absence.read(() -> api.getNumber(slug(did)), () -> listed(did), describe(did),
                SynthflowAssumptions.UNKNOWN_SLUG_STATUS.id());
    }

    /**
     * Like {@link #find}, but lists first: when the DID is not listed it is absent, and the slug is
     * never read. One request instead of two for a number that is not there (a 400 or 404 on the slug
     * is trusted only once the list confirms it); one more for a number that is.
     *
     * @param did the DID
     * @return the number, or empty when the workspace's number list does not hold it
     */
    public Optional<NumberDetails> findListedFirst(PhoneNumber did) {
        return listed(did) ? find(did) : Optional.empty();
    }

    /**
     * Deletes the number; an answer that says "not found" counts as done once the list confirms it.
     *
     * @param did the DID
     */
    public void delete(PhoneNumber did) {
        Absence.delete(() -> api.deleteNumber(slug(did)), () -> listed(did), describe(did),
                SynthflowAssumptions.UNKNOWN_SLUG_STATUS.id());
    }

    private static String describe(PhoneNumber did) {
        return "number " + did + " (GET /numbers; /numbers/" + slug(did) + ")";
    }

    /** @return whether the workspace's numbers, read page by page, include {@code did} */
    boolean listed(PhoneNumber did) {
        int offset = 0;
        while (true) {
            NumberPage page = api.listNumbers(PAGE_SIZE, offset);
            if (page.phoneNumbers().stream().anyMatch(n -> did.e164().equals(normalised(n.number())))) {
                return true;
            }
            offset += page.phoneNumbers().size();
            Integer total = page.pagination() == null ? null : page.pagination().totalRecords();
            boolean more = total != null ? offset < total : page.phoneNumbers().size() == PAGE_SIZE;
            if (!more || page.phoneNumbers().isEmpty()) {
                return false;
            }
        }
    }

    private static String normalised(String number) {
        return number == null ? null : "+" + number.replaceAll("[^0-9]", "");
    }

    private static String slug(PhoneNumber did) {
        return NumberSlug.of(did.e164());
    }
}
