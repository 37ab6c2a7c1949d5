package io.trunkline.core.corpus;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the corpus exercised, across the jqwik and Jupiter engines, so that one summary line can
 * be printed once every part has run (the figures are quoted in the project's notes).
 */
final class CorpusTally {

    /** The test classes that make up the corpus; the summary is printed when all of them have finished. */
    static final Set<String> PARTS = Set.of("ParserPropertiesTest", "DurationAndIdPropertiesTest",
            "RealisticMistakesTest");

    private static final Set<String> properties = ConcurrentHashMap.newKeySet();
    private static final Set<String> finished = ConcurrentHashMap.newKeySet();
    private static final AtomicLong generatedInputs = new AtomicLong();
    private static final AtomicLong unexpectedExceptions = new AtomicLong();
    private static final AtomicLong curatedRows = new AtomicLong();
    private static volatile boolean printed;

    private CorpusTally() {
    }

    /** Records one generated input checked by the named property. */
    static void generated(String property) {
        properties.add(property);
        generatedInputs.incrementAndGet();
    }

    /** Records an exception that broke the contract (the property fails as well). */
    static void unexpected() {
        unexpectedExceptions.incrementAndGet();
    }

    /** Records one curated row checked. */
    static void curatedRow() {
        curatedRows.incrementAndGet();
    }

    /** Marks a part as finished and prints the summary once all parts have. */
    static synchronized void finished(String part) {
        finished.add(part);
        if (!printed && finished.containsAll(PARTS)) {
            printed = true;
            System.out.println(summary());
        }
    }

    static String summary() {
        return "bad-input corpus: " + curatedRows.get() + " curated rows, " + properties.size() + " properties, "
                + generatedInputs.get() + " generated inputs, " + unexpectedExceptions.get() + " unexpected exceptions";
    }
}
