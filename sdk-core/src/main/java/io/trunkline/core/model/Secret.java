package io.trunkline.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sensitive string such as an API key, an API token or a SIP password.
 *
 * <p>A {@code Secret} never shows its value: {@link #toString()} prints {@value #MASK}, and the
 * value reaches the outside world only through {@link #reveal()}, which callers use at the last
 * moment (e.g. when an HTTP header is written). Equality is checked in constant time so that a
 * comparison does not leak, through its duration, how many leading characters matched.
 *
 * <pre>{@code
 * Secret apiKey = Secret.of(System.getenv("SYNTHFLOW_API_KEY"));
 * log.info("using key {}", apiKey);   // prints "using key ****"
 * }</pre>
 */
public final class Secret {

    /** What every rendering of a secret shows instead of its value. */
    public static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @param value the secret; must not be {@code null} or blank
     * @return the secret
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank (the message never contains it)
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /**
     * Returns the secret value. Call this only where the value must leave the process (an HTTP
     * header, a request body); never log or concatenate the result into a message.
     *
     * @return the plain value
     */
    public String reveal() {
        return value;
    }

    /**
     * Compares with another secret in time that does not depend on where the values differ.
     *
     * @param other the other secret, may be {@code null}
     * @return whether both hold the same value
     */
    public boolean matches(Secret other) {
        return other != null && MessageDigest.isEqual(bytes(), other.bytes());
    }

    private byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && matches(other);
    }

    /** Derived from a SHA-256 digest so that hash buckets reveal nothing usable about the value. */
    @Override
    public int hashCode() {
        try {
            return Arrays.hashCode(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** Always {@value #MASK}. */
    @Override
    public String toString() {
        return MASK;
    }
}
