package io.trunkline.diagnostics.sip;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.diagnostics.internal.sip.HeaderText;
import io.trunkline.diagnostics.internal.sip.NameAddrList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entry of a {@code Diversion} header (RFC 5806): who diverted a forwarded call and why, e.g.
 * the Aircall number a call was forwarded from before it reached Synthflow.
 *
 * <pre>{@code
 * DiversionHeader diversion = DiversionHeader.builder()
 *         .uri("sip:+33123456789@sip.example.com")
 *         .reason(Reason.UNCONDITIONAL)
 *         .privacy(Privacy.OFF)
 *         .build();
 * diversion.toHeaderLine();
 * // "Diversion: <sip:+33123456789@sip.example.com>;reason=unconditional;counter=1;privacy=off"
 * }</pre>
 *
 * <p>Strict by design: the reason and privacy must be values RFC 5806 names, and parameters RFC
 * 5806 does not define are rejected, because this type exists to build headers we can vouch for.
 * Whether Synthflow acts on Diversion is not documented.
 */
public final class DiversionHeader {

    /** The header name. */
    public static final String NAME = "Diversion";

    /** RFC 5806 writes counter and limit as {@code 1*2DIGIT}. */
    private static final int MAX_COUNT = 99;
    private static final Pattern URI = Pattern.compile("(?i)(sip|sips|tel):[\\x21-\\x7E&&[^<>\"]]{1,500}");

    private final String displayName;
    private final String uri;
    private final Reason reason;
    private final int counter;
    private final Integer limit;
    private final Privacy privacy;
    private final Boolean screen;

    private DiversionHeader(Builder builder) {
        this.displayName = builder.displayName;
        this.uri = builder.uri;
        this.reason = builder.reason;
        this.counter = builder.counter;
        this.limit = builder.limit;
        this.privacy = builder.privacy;
        this.screen = builder.screen;
    }

    /** @return a builder; {@code uri} and {@code reason} are required, {@code counter} defaults to 1 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this entry's values */
    public Builder toBuilder() {
        Builder builder = new Builder().uri(uri).reason(reason).counter(counter);
        builder.displayName = displayName;
        builder.limit = limit;
        builder.privacy = privacy;
        builder.screen = screen;
        return builder;
    }

    /**
     * Parses a header line, e.g. {@code "Diversion: <sip:+331@host>;reason=no-answer;counter=1"}.
     * A line may list several diversions separated by commas, most recent first.
     *
     * @param headerLine the line, without its CRLF; the name is matched case-insensitively
     * @return the entries, in order
     * @throws InvalidConfigurationException if the line does not follow RFC 5806 as described above
     */
    public static List<DiversionHeader> parse(String headerLine) {
        Objects.requireNonNull(headerLine, "headerLine");
        return parseValue(HeaderText.splitLine(headerLine, NAME).value());
    }

    /**
     * Parses a header value (the part after {@code "Diversion:"}).
     *
     * @param value the value
     * @return the entries, in order
     * @throws InvalidConfigurationException if the value does not follow RFC 5806 as described above
     */
    public static List<DiversionHeader> parseValue(String value) {
        Objects.requireNonNull(value, "value");
        List<DiversionHeader> entries = new ArrayList<>();
        for (NameAddrList.Entry entry : NameAddrList.parse(value, NAME)) {
            entries.add(fromEntry(entry));
        }
        return List.copyOf(entries);
    }

    private static DiversionHeader fromEntry(NameAddrList.Entry entry) {
        Builder builder = builder().uri(entry.uri());
        builder.displayName = entry.displayName().isEmpty() ? null : entry.displayName();
        for (Map.Entry<String, String> parameter : entry.parameters().entrySet()) {
            applyParameter(builder, parameter.getKey(), parameter.getValue());
        }
        return builder.build();
    }

    private static void applyParameter(Builder builder, String name, String value) {
        switch (name) {
            case "reason" -> builder.reason(Reason.fromToken(value)
                    .orElseThrow(() -> unknownValue("reason", value,
                            Arrays.stream(Reason.values()).map(Reason::token))));
            case "counter" -> builder.counter(number("counter", value));
            case "limit" -> builder.limit(number("limit", value));
            case "privacy" -> builder.privacy(Privacy.fromToken(value)
                    .orElseThrow(() -> unknownValue("privacy", value,
                            Arrays.stream(Privacy.values()).map(Privacy::token))));
            case "screen" -> builder.screen(yesNo(value));
            default -> throw new InvalidConfigurationException(NAME + " parameter " + HeaderText.quote(name)
                    + " is not one RFC 5806 defines (reason, counter, limit, privacy, screen)");
        }
    }

    private static int number(String parameter, String value) {
        if (!value.matches("[0-9]{1,2}")) {
            throw new InvalidConfigurationException(NAME + " " + parameter + " " + HeaderText.quote(value)
                    + " must be 1 or 2 digits");
        }
        return Integer.parseInt(value);
    }

    private static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InvalidConfigurationException(NAME + " screen " + HeaderText.quote(value)
                    + " must be yes or no");
        };
    }

    private static InvalidConfigurationException unknownValue(String parameter, String value, Stream<String> known) {
        return new InvalidConfigurationException(NAME + " " + parameter + " " + HeaderText.quote(value)
                + " is not one of RFC 5806's values: " + known.collect(Collectors.joining(", ")));
    }

    /** @return the display name before the URI, when there is one */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** @return the diverting party's URI, e.g. {@code sip:+33123456789@host} */
    public String uri() {
        return uri;
    }

    /** @return why the call was diverted */
    public Reason reason() {
        return reason;
    }

    /** @return how many times the call has been diverted, 1 to 99 */
    public int counter() {
        return counter;
    }

    /** @return the maximum number of diversions allowed, when set */
    public Optional<Integer> limit() {
        return Optional.ofNullable(limit);
    }

    /** @return the privacy requested, when set */
    public Optional<Privacy> privacy() {
        return Optional.ofNullable(privacy);
    }

    /** @return whether the diverting party's identity was screened, when said */
    public Optional<Boolean> screen() {
        return Optional.ofNullable(screen);
    }

    /** @return the header value, e.g. {@code <sip:+331@host>;reason=unconditional;counter=1} */
    public String value() {
        StringBuilder sb = new StringBuilder();
        if (displayName != null) {
            sb.append('"').append(displayName.replace("\\", "\\\\").replace("\"", "\\\"")).append("\" ");
        }
        sb.append('<').append(uri).append(">;reason=").append(reason.token()).append(";counter=").append(counter);
        if (limit != null) {
            sb.append(";limit=").append(limit);
        }
        if (privacy != null) {
            sb.append(";privacy=").append(privacy.token());
        }
        if (screen != null) {
            sb.append(";screen=").append(screen ? "yes" : "no");
        }
        return sb.toString();
    }

    /** @return the header as it appears in a SIP message, {@code "Diversion: <value>"} (no CRLF) */
    public String toHeaderLine() {
        return NAME + ": " + value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiversionHeader other && value().equals(other.value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return toHeaderLine();
    }

    /** Builds a {@link DiversionHeader}; {@link #build()} reports every problem at once. */
    public static final class Builder {

        private String displayName;
        private String uri;
        private Reason reason;
        private int counter = 1;
        private Integer limit;
        private Privacy privacy;
        private Boolean screen;

        private Builder() {
        }

        /**
         * @param displayName a display name shown before the URI, e.g. {@code Paris office}; no control characters
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = Objects.requireNonNull(displayName, "displayName");
            return this;
        }

        /**
         * @param uri the diverting party's {@code sip:}, {@code sips:} or {@code tel:} URI (required)
         * @return this builder
         */
        public Builder uri(String uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * @param reason why the call was diverted (required)
         * @return this builder
         */
        public Builder reason(Reason reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * @param counter how many times the call has been diverted, 1 to 99; default 1
         * @return this builder
         */
        public Builder counter(int counter) {
            this.counter = counter;
            return this;
        }

        /**
         * @param limit the maximum number of diversions allowed, 1 to 99; default: not sent
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param privacy the privacy requested; default: not sent
         * @return this builder
         */
        public Builder privacy(Privacy privacy) {
            this.privacy = Objects.requireNonNull(privacy, "privacy");
            return this;
        }

        /**
         * @param screen whether the diverting party's identity was screened; default: not sent
         * @return this builder
         */
        public Builder screen(boolean screen) {
            this.screen = screen;
            return this;
        }

        /**
         * @return the entry
         * @throws InvalidConfigurationException listing every missing or invalid value
         */
        public DiversionHeader build() {
            List<String> problems = new ArrayList<>();
            checkUri(problems);
            if (reason == null) {
                problems.add(NAME + " reason is required (e.g. DiversionHeader.Reason.UNCONDITIONAL)");
            }
            checkCount("counter", counter, problems);
            if (limit != null) {
                checkCount("limit", limit, problems);
            }
            if (displayName != null) {
                HeaderText.forbiddenCharacter(displayName).ifPresent(p ->
                        problems.add(NAME + " display name contains " + p + "; remove control characters"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(problems);
            }
            return new DiversionHeader(this);
        }

        private void checkUri(List<String> problems) {
            if (uri == null) {
                problems.add(NAME + " uri is required, e.g. sip:+33123456789@sip.example.com");
            } else if (!URI.matcher(uri).matches()) {
                problems.add(NAME + " uri " + HeaderText.quote(uri) + " must be a sip:, sips: or tel: URI"
                        + " without spaces, quotes, angle brackets or control characters");
            }
        }

        private static void checkCount(String name, int value, List<String> problems) {
            if (value < 1 || value > MAX_COUNT) {
                problems.add(NAME + " " + name + " is " + value + " but must be between 1 and " + MAX_COUNT);
            }
        }
    }

    /** How much of the diverting party the Diversion header asks to keep private (RFC 5806 {@code privacy}). */
    public enum Privacy {
        /** Keep both name and URI private. */
        FULL,
        /** Keep the display name private. */
        NAME,
        /** Keep the URI private. */
        URI,
        /** Nothing is private. */
        OFF;

        /** @return the token written on the wire, e.g. {@code "off"} */
        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Looks a token up, ignoring case.
         *
         * @param token the wire token
         * @return the privacy value, if RFC 5806 defines the token
         */
        public static Optional<Privacy> fromToken(String token) {
            for (Privacy privacy : values()) {
                if (privacy.token().equalsIgnoreCase(token)) {
                    return Optional.of(privacy);
                }
            }
            return Optional.empty();
        }
    }

    /** Why a call was diverted: the {@code reason} values RFC 5806 defines for the Diversion header. */
    public enum Reason {
        /** The reason is not known. */
        UNKNOWN,
        /** The called user was busy. */
        USER_BUSY,
        /** The called user did not answer in time. */
        NO_ANSWER,
        /** The called user was unavailable (e.g. not registered). */
        UNAVAILABLE,
        /** The call is always forwarded. */
        UNCONDITIONAL,
        /** Forwarded by a time-of-day rule, e.g. outside business hours. */
        TIME_OF_DAY,
        /** The called user set do-not-disturb. */
        DO_NOT_DISTURB,
        /** The called user deflected the call while it rang. */
        DEFLECTION,
        /** Forwarded by a follow-me service. */
        FOLLOW_ME,
        /** The called service is out of service. */
        OUT_OF_SERVICE,
        /** The called user is away. */
        AWAY;

        /** @return the token written on the wire, e.g. {@code "user-busy"} */
        public String token() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * Looks a token up, ignoring case.
         *
         * @param token the wire token, e.g. {@code "no-answer"}
         * @return the reason, if RFC 5806 defines the token
         */
        public static Optional<Reason> fromToken(String token) {
            for (Reason reason : values()) {
                if (reason.token().equalsIgnoreCase(token)) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }
}
