package io.trunkline.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A path template such as {@code /v2/numbers/{slug}}: literal segments, {@code {name}} or
 * {@code *} for one segment (captured, percent-decoded), and a trailing {@code **} for any
 * remainder. A trailing slash is significant, because Synthflow's list path is {@code /v2/assistants/}.
 */
public final class PathPattern {

    private static final String ANY_REMAINDER = "**";

    private final String template;
    private final List<String> segments;

    private PathPattern(String template) {
        this.template = template;
        this.segments = split(template);
    }

    /**
     * @param template the pattern, starting with {@code /}
     * @return the compiled pattern
     */
    public static PathPattern compile(String template) {
        Objects.requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': " + template);
        }
        return new PathPattern(template);
    }

    /**
     * @param path a raw request path
     * @return whether it matches
     */
    public boolean matches(String path) {
        return match(path).isPresent();
    }

    /**
     * @param path a raw request path
     * @return the captured segments by name ({@code *} captures are named by position), if it matches
     */
    public Optional<Map<String, String>> match(String path) {
        List<String> actual = split(path);
        Map<String, String> captures = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (ANY_REMAINDER.equals(expected) && i == segments.size() - 1) {
                return Optional.of(captures);
            }
            if (i >= actual.size()) {
                return Optional.empty();
            }
            String segment = actual.get(i);
            if ("*".equals(expected)) {
                captures.put(String.valueOf(i), decode(segment));
            } else if (expected.startsWith("{") && expected.endsWith("}")) {
                if (segment.isEmpty()) {
                    return Optional.empty();
                }
                captures.put(expected.substring(1, expected.length() - 1), decode(segment));
            } else if (!expected.equals(segment)) {
                return Optional.empty();
            }
        }
        return actual.size() == segments.size() ? Optional.of(captures) : Optional.empty();
    }

    /** Splits keeping a trailing empty segment, so that {@code /a/} and {@code /a} differ. */
    private static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        List<String> parts = new ArrayList<>(List.of(trimmed.split("/", -1)));
        return List.copyOf(parts);
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return template;
    }
}
