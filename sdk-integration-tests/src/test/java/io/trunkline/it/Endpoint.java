package io.trunkline.it;

import io.trunkline.testkit.RecordedRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One vendor endpoint the SDK called, as a method and a path pattern in which every segment that
 * holds an id (any segment with a digit: line and team ids, DIDs, model ids, action UUIDs) is
 * {@code *}, the syntax of the simulators' fault schedule.
 *
 * @param vendor "Synthflow" or "Aircall"
 * @param method the HTTP method
 * @param pathPattern e.g. {@code /v2/numbers/*}
 * @param phases the lifecycle phases in which the clean run called it
 */
record Endpoint(String vendor, String method, String pathPattern, Set<String> phases) implements Comparable<Endpoint> {

    static Endpoint of(String vendor, RecordedRequest request) {
        String pattern = Arrays.stream(request.path().split("/", -1))
                .map(segment -> segment.chars().anyMatch(Character::isDigit) && !segment.matches("v[0-9]+") ? "*" : segment)
                .collect(Collectors.joining("/"));
        return new Endpoint(vendor, request.method().toUpperCase(Locale.ROOT), pattern, new TreeSet<>());
    }

    boolean idempotent() {
        return !"POST".equals(method);
    }

    boolean sameRoute(Endpoint other) {
        return vendor.equals(other.vendor) && method.equals(other.method) && pathPattern.equals(other.pathPattern);
    }

    String key() {
        return vendor + " " + method + " " + pathPattern;
    }

    @Override
    public int compareTo(Endpoint other) {
        return key().compareTo(other.key());
    }

    @Override
    public String toString() {
        return key();
    }
}
