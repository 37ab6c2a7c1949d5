package io.trunkline.testkit;

import io.trunkline.testkit.internal.PathPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as a simulator received it, in arrival order in the simulator's journal.
 *
 * @param method the HTTP method, upper case (e.g. {@code "POST"})
 * @param path the raw path without the query string (e.g. {@code "/v2/numbers/33123456789"})
 * @param query decoded query parameters by name; a repeated key keeps every value, in order
 * @param headers header values by <em>lower-case</em> header name
 * @param body the request body as text; empty when there was none
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        String body) {

    /**
     * Copies the maps so that a recorded request never changes.
     *
     * @param method the HTTP method, upper case; not null
     * @param path the raw path without the query string; not null
     * @param query decoded query parameters by name; not null; copied
     * @param headers header values by name in any case; not null; copied with the names lower-cased,
     *     values of names that differ only in case joined in order
     * @param body the request body as text; not null, empty when there was none
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        query = copy(query, false);
        headers = copy(headers, true);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source, boolean lowerKeys) {
        Objects.requireNonNull(source, "map");
        Map<String, List<String>> copy = new TreeMap<>();
        source.forEach((key, values) -> copy.merge(
                lowerKeys ? key.toLowerCase(Locale.ROOT) : key,
                List.copyOf(values),
                (a, b) -> {
                    List<String> joined = new java.util.ArrayList<>(a);
                    joined.addAll(b);
                    return List.copyOf(joined);
                }));
        return Map.copyOf(copy);
    }

    /**
     * @param name a header name, any case
     * @return the first value of that header
     */
    public Optional<String> header(String name) {
        Objects.requireNonNull(name, "name");
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * @param name a query parameter name, exact case
     * @return the first decoded value of that parameter
     */
    public Optional<String> queryParameter(String name) {
        Objects.requireNonNull(name, "name");
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Tells whether this request matches a method and a path pattern. Patterns are literal paths in
     * which {@code *} or {@code {name}} stands for one path segment and a trailing {@code /**}
     * for any remainder; the method {@code "*"} matches every method.
     *
     * @param method an HTTP method or {@code "*"}
     * @param pathPattern e.g. {@code "/v2/numbers/*"}
     * @return whether both match
     */
    public boolean matches(String method, String pathPattern) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPattern, "pathPattern");
        return ("*".equals(method) || this.method.equalsIgnoreCase(method))
                && PathPattern.compile(pathPattern).matches(path);
    }

    /** Shows method, path and query; headers are left out because they carry credentials. */
    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : " " + query)
                + ", " + body.length() + " body chars]";
    }
}
