package io.trunkline.bench.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one benchmark group measured: a table for people, goal checks, notes on method and caveats,
 * and the raw figures for {@code results.json}.
 *
 * @param key stable id, e.g. {@code "call-economy"}
 * @param title the heading, e.g. {@code "1. Call economy"}
 * @param columns the table's column headings
 * @param rows the table's rows, each as long as {@code columns}
 * @param checks the goals and whether they were met
 * @param notes how it was measured and what to keep in mind
 * @param figures the raw numbers, by name
 */
public record GroupResult(String key, String title, List<String> columns, List<List<String>> rows,
                          List<Check> checks, List<String> notes, Map<String, Object> figures) {

    /** Copies every collection. */
    public GroupResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(key + ": row " + row + " does not have " + columns.size() + " cells");
            }
        }
    }

    /** @return whether every goal of the group was met */
    public boolean allMet() {
        return checks.stream().allMatch(Check::met);
    }
}
