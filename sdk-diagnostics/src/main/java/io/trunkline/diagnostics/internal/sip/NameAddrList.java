package io.trunkline.diagnostics.internal.sip;

import io.trunkline.core.exception.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a header value made of comma-separated {@code name-addr *(;param)} entries (RFC 3261
 * section 25.1), as used by Diversion. Strict: every entry must have its URI in angle brackets, and
 * parameters must be {@code token[=token|quoted-string]}.
 */
public final class NameAddrList {

    private NameAddrList() {
    }

    /**
     * One entry of the list.
     *
     * @param displayName the display name, unquoted, or {@code ""} when absent
     * @param uri the URI between the angle brackets
     * @param parameters parameter names (lower-cased) to values (unquoted, {@code ""} for a flag), in order
     */
    public record Entry(String displayName, String uri, Map<String, String> parameters) {
    }

    /**
     * Parses {@code value}.
     *
     * @param value the header value
     * @param header the header name, used in messages
     * @return the entries, in order
     * @throws InvalidConfigurationException if the value does not follow the grammar
     */
    public static List<Entry> parse(String value, String header) {
        HeaderText.requireNoControlCharacters(value, header + " value");
        List<Entry> entries = new ArrayList<>();
        for (String part : splitOutsideQuotes(value, ',')) {
            entries.add(parseEntry(part.strip(), header));
        }
        return List.copyOf(entries);
    }

    private static Entry parseEntry(String entry, String header) {
        int open = indexOutsideQuotes(entry, '<');
        int close = entry.indexOf('>', Math.max(open, 0));
        if (open < 0 || close < 0) {
            throw invalid(header, entry, "the URI must be enclosed in <...>");
        }
        String displayName = unquote(entry.substring(0, open).strip(), header, entry);
        String uri = entry.substring(open + 1, close).strip();
        String rest = entry.substring(close + 1).strip();
        if (!rest.isEmpty() && rest.charAt(0) != ';') {
            throw invalid(header, entry, "expected ';' after the URI");
        }
        return new Entry(displayName, uri, parameters(rest, header, entry));
    }

    private static Map<String, String> parameters(String rest, String header, String entry) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> parts = splitOutsideQuotes(rest, ';');
        for (String part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String val = eq < 0 ? "" : unquote(part.substring(eq + 1).strip(), header, entry);
            if (!SipGrammar.isToken(name) || (eq >= 0 && val.isEmpty())) {
                throw invalid(header, entry, "malformed parameter " + HeaderText.quote(part.strip()));
            }
            if (parameters.put(name, val) != null) {
                throw invalid(header, entry, "parameter '" + name + "' appears twice");
            }
        }
        return parameters;
    }

    private static String unquote(String text, String header, String entry) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (text.contains("\"")) {
            throw invalid(header, entry, "unbalanced quotes");
        }
        return text;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        boolean bracketed = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '<' || c == '>')) {
                bracketed = c == '<';
            } else if (c == separator && !quoted && !bracketed) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidConfigurationException invalid(String header, String entry, String problem) {
        return new InvalidConfigurationException(header + " entry " + HeaderText.quote(entry) + " is malformed: "
                + problem);
    }
}
