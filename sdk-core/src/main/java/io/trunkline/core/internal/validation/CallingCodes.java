package io.trunkline.core.internal.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The world's country calling codes and what their national numbers look like, read from
 * {@code calling-codes.tsv} beside this class. The table is generated from libphonenumber's metadata
 * by {@code CallingCodeTableTest} (which fails when it drifts), so that the core needs no phone
 * library at run time.
 *
 * <p>It answers two questions about an E.164 number: is its country code assigned, and was the
 * national trunk prefix (the {@code 0} of {@code 020 7946 0958}, the {@code 8} of Russia's
 * {@code 8 495...}, NANP's {@code 1}) kept after the country code? The second is answered only when
 * the evidence is clear: the number as written is impossible in that country (no number there starts
 * with those two digits, or none has that length) and becomes possible once the prefix is dropped.
 * Italy's {@code +39 06...} is therefore accepted, as it should be.
 */
public final class CallingCodes {

    /** Used in messages when the country cannot be told. */
    public static final String DEFAULT_EXAMPLE = "+33123456789";
    static final String RESOURCE = "calling-codes.tsv";

    /**
     * One calling code.
     *
     * @param code the calling code, e.g. {@code 44}
     * @param regions the ISO regions sharing it ({@code 001} for non-geographic codes)
     * @param trunkPrefixes the national (trunk) prefixes of those regions, digits only; may be empty
     * @param leadingPairs every two-digit start that a national number may have
     * @param lengths every possible length of a national number
     * @param example an example E.164 number of the main region, or {@code null}
     */
    record Entry(String code, List<String> regions, List<String> trunkPrefixes, Set<String> leadingPairs,
                 Set<Integer> lengths, String example) {

        boolean plausible(String national) {
            return national.length() >= 2 && leadingPairs.contains(national.substring(0, 2))
                    && lengths.contains(national.length());
        }
    }

    private static final Map<String, Entry> TABLE = load();

    private CallingCodes() {
    }

    /**
     * @param e164 a number in E.164 form, e.g. {@code +442079460958}
     * @return what is wrong with its country code or trunk prefix, phrased to follow
     *     {@code "phone number '...' "}, or {@code null}
     */
    static Problem problemWith(String e164) {
        String digits = e164.substring(1);
        Entry entry = entryFor(digits);
        if (entry == null) {
            String shown = digits.substring(0, Math.min(3, digits.length()));
            return new Problem(false, "starts with +" + shown + ", which is not an assigned country code (neither are "
                    + "its shorter prefixes); check the country code, e.g. +44 for the United Kingdom or +1 for the US");
        }
        String national = digits.substring(entry.code().length());
        if (entry.plausible(national)) {
            return null;
        }
        for (String prefix : candidatePrefixes(entry)) {
            String dropped = national.startsWith(prefix) ? national.substring(prefix.length()) : "";
            if (entry.plausible(dropped)) {
                String what = entry.trunkPrefixes().contains(prefix)
                        ? "keeps the national trunk prefix " + prefix + " after the country code +" + entry.code()
                        : "has a " + prefix + " after the country code +" + entry.code()
                                + " that no number there has, like a national trunk prefix";
                return new Problem(true, what + "; drop that " + prefix + " (e.g. +" + entry.code() + dropped + ")");
            }
        }
        return null;
    }

    /** The region's own trunk prefixes first, then 0, the trunk prefix people carry over from most countries. */
    private static Set<String> candidatePrefixes(Entry entry) {
        Set<String> prefixes = new LinkedHashSet<>(entry.trunkPrefixes());
        prefixes.add("0");
        return prefixes;
    }

    /**
     * @param text a DID as written, may be {@code null}
     * @return an example number of the same country in E.164 form, or {@link #DEFAULT_EXAMPLE}
     */
    public static String exampleFor(String text) {
        if (text == null) {
            return DEFAULT_EXAMPLE;
        }
        String stripped = text.strip();
        if (!stripped.startsWith("+") && !stripped.startsWith("00")) {
            return DEFAULT_EXAMPLE; // a national format: the country is unknown
        }
        StringBuilder digits = new StringBuilder();
        stripped.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        String international = stripped.startsWith("+") ? digits.toString() : digits.substring(Math.min(2, digits.length()));
        Entry entry = entryFor(international);
        return entry == null || entry.example() == null ? DEFAULT_EXAMPLE : entry.example();
    }

    /** Country codes are prefix-free (ITU E.164), so at most one of the 1-, 2- and 3-digit prefixes is assigned. */
    static Entry entryFor(String digits) {
        for (int length = 1; length <= 3 && length <= digits.length(); length++) {
            Entry entry = TABLE.get(digits.substring(0, length));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    static Map<String, Entry> table() {
        return TABLE;
    }

    /**
     * A numbering-plan problem.
     *
     * @param trunkPrefix {@code true} for a kept trunk prefix, {@code false} for an unassigned country code
     * @param text the problem and its fix
     */
    record Problem(boolean trunkPrefix, String text) {
    }

    private static Map<String, Entry> load() {
        InputStream in = CallingCodes.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the trunkline-core jar");
        }
        Map<String, Entry> table = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Entry entry = parse(line);
                    table.put(entry.code(), entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(table);
    }

    /** {@code code TAB regions TAB trunk prefixes TAB leading pairs TAB lengths TAB example}; "-" for none. */
    private static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        Set<String> pairs = new LinkedHashSet<>();
        for (String group : f[3].split(" ")) {
            // "2=0134" stands for 20, 21, 23 and 24
            for (char second : group.substring(2).toCharArray()) {
                pairs.add(group.charAt(0) + String.valueOf(second));
            }
        }
        Set<Integer> lengths = new LinkedHashSet<>();
        for (String length : f[4].split(",")) {
            lengths.add(Integer.parseInt(length));
        }
        return new Entry(f[0], list(f[1]), list(f[2]), Collections.unmodifiableSet(pairs),
                Collections.unmodifiableSet(lengths), f[5].equals("-") ? null : f[5]);
    }

    private static List<String> list(String field) {
        return field.equals("-") ? List.of() : List.copyOf(new ArrayList<>(Arrays.asList(field.split(","))));
    }
}
