package io.trunkline.aircall.internal;

import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.core.model.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The company's numbers keyed by DID (E.164). Aircall offers no lookup by DID, so the directory
 * lists every number once ({@code GET /v1/numbers}, all pages) and answers later lookups from
 * memory: the 120 requests per minute are shared by the whole company.
 *
 * <p>The directory is filled on the first lookup and lives as long as the snapshot that made it
 * (one plan, verify, destroy or batch), so a number bought or a line switched to Smartflows is seen
 * by the next one. Thread-safe: concurrent first lookups list the numbers once.
 */
public final class NumberDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(NumberDirectory.class);

    private final Supplier<Stream<AircallNumber>> numbers;
    private Map<String, AircallNumber> byDid; // guarded by this; null until loaded
    private Map<Long, AircallNumber> byId; // guarded by this; loaded with byDid

    /** @param numbers lists every number of the company, e.g. {@code client::numbers} */
    public NumberDirectory(Supplier<Stream<AircallNumber>> numbers) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    /**
     * @param did the DID
     * @return the number that owns it, listing the numbers first if not done yet
     */
    public synchronized Optional<AircallNumber> find(PhoneNumber did) {
        loadIfNeeded();
        return Optional.ofNullable(byDid.get(did.e164()));
    }

    /**
     * @param lineId a Line ID
     * @return the number with that id among those listed, listing the numbers first if not done yet
     */
    public synchronized Optional<AircallNumber> findById(long lineId) {
        loadIfNeeded();
        return Optional.ofNullable(byId.get(lineId));
    }

    private void loadIfNeeded() {
        if (byDid == null) {
            byId = new LinkedHashMap<>();
            byDid = load(byId);
        }
    }

    private Map<String, AircallNumber> load(Map<Long, AircallNumber> ids) {
        Map<String, AircallNumber> loaded = new LinkedHashMap<>();
        try (Stream<AircallNumber> all = numbers.get()) {
            all.peek(number -> ids.putIfAbsent(number.id(), number)).forEach(number -> e164Of(number).ifPresentOrElse(
                    did -> loaded.putIfAbsent(did.e164(), number),
                    () -> LOG.debug("Aircall number {} has digits {} that are not an international number; skipped",
                            number.id(), number.digits())));
        }
        LOG.debug("listed {} Aircall number(s)", loaded.size());
        return loaded;
    }

    /**
     * The E.164 DID of a number: {@code digits} (display format with spaces, e.g.
     * {@code "+33 1 23 45 67 89"}) or, when present, {@code e164_digits}, keeping only digits and
     * {@code +}.
     *
     * <p>{@code digits} must carry its {@code +}: without one it may be a national format, and
     * guessing a country code could match the wrong line. {@code e164_digits} is E.164 by name, so a
     * missing {@code +} is added (the field is documented for webhooks only; its exact form is
     * unconfirmed).
     *
     * @param number an Aircall number
     * @return its DID, when one of the fields holds an international number
     */
    public static Optional<PhoneNumber> e164Of(AircallNumber number) {
        Optional<PhoneNumber> fromDigits = parse(normalize(number.digits()));
        if (fromDigits.isPresent()) {
            return fromDigits;
        }
        String e164 = normalize(number.e164Digits());
        return parse(e164 == null || e164.startsWith("+") ? e164 : "+" + e164);
    }

    /**
     * @param digits a number as Aircall shows it, may be {@code null}
     * @return only its digits and {@code +} signs, or {@code null} for {@code null}
     */
    static String normalize(String digits) {
        if (digits == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(digits.length());
        digits.chars().filter(c -> (c >= '0' && c <= '9') || c == '+').forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static Optional<PhoneNumber> parse(String candidate) {
        if (candidate == null || !candidate.startsWith("+") || PhoneNumber.problemWith(candidate) != null) {
            return Optional.empty();
        }
        return Optional.of(PhoneNumber.parse(candidate));
    }
}
