package io.trunkline.core.model;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;

/**
 * A sensitive string such as an API key, an API token or a SIP password.
 *
 * <p>A {@code Secret} never shows its value: {@link #toString()} prints {@value #MASK}, and the
 * value reaches the outside world only through {@link #reveal()}, which callers use at the last
 * moment (e.g. when an HTTP header is written). Equality is checked in constant time so that a
 * comparison does not leak, through its duration, how many leading characters matched.
 *
 * <pre>{@code
 * Secret apiKey = Secret.fromEnv("SYNTHFLOW_API_KEY");  // names the variable if it is unset
 * log.info("using key {}", apiKey);                     // prints "using key ****"
 * }</pre>
 *
 * <p>A missing or blank value is a user's mistake, so both factories throw
 * {@link InvalidConfigurationException} (never a {@code NullPointerException}), with a message that
 * says what to do and never contains the value.
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
     * @throws InvalidConfigurationException if {@code value} is {@code null} or blank (the message never
     *     contains it)
     */
    public static Secret of(String value) {
        if (value == null) {
            throw new InvalidConfigurationException("the secret value is missing (null); pass the API key, token or "
                    + "password itself, or read it with Secret.fromEnv(\"VARIABLE_NAME\"), which names an unset variable");
        }
        if (value.isBlank()) {
            throw new InvalidConfigurationException("the secret value is blank; pass the API key, token or password "
                    + "itself, as copied from the vendor's dashboard");
        }
        return new Secret(value);
    }

    /**
     * Reads a secret from an environment variable.
     *
     * <pre>{@code
     * Secret apiKey = Secret.fromEnv("SYNTHFLOW_API_KEY");
     * }</pre>
     *
     * @param variable the variable's name, e.g. {@code "SYNTHFLOW_API_KEY"}
     * @return the secret held by the variable
     * @throws InvalidConfigurationException naming the variable when it is unset or blank, or when
     *     {@code variable} is not a variable name; the message never contains a value
     */
    public static Secret fromEnv(String variable) {
        return fromEnv(variable, System.getenv());
    }

    /** The seam behind {@link #fromEnv(String)}: tests pass their own environment. */
    static Secret fromEnv(String variable, Map<String, String> environment) {
        if (variable == null || !variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            // not echoed: a value passed by mistake (fromEnv(System.getenv(..))) may be the secret itself
            throw new InvalidConfigurationException("Secret.fromEnv takes the name of an environment variable (letters, "
                    + "digits and _, e.g. \"SYNTHFLOW_API_KEY\"), and was given " + (variable == null ? "null" : "something else")
                    + "; pass the variable's name, or use Secret.of(value) for a value you already hold");
        }
        // Conventional names are upper case; anything else is not shown, in case a secret was passed as the name
        String shown = variable.matches("[A-Z_][A-Z0-9_]*") ? variable : "named in Secret.fromEnv(..)";
        String value = environment.get(variable);
        if (value == null) {
            throw new InvalidConfigurationException("environment variable " + shown + " is not set; export it with "
                    + whatItHolds(variable) + " in the environment that starts this program");
        }
        if (value.isBlank()) {
            throw new InvalidConfigurationException("environment variable " + shown + " is set but blank; export it "
                    + "with " + whatItHolds(variable));
        }
        return new Secret(value);
    }

    /** Names the vendor when the variable's name does, so the fix says which key to fetch. */
    private static String whatItHolds(String variable) {
        String upper = variable.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("SYNTHFLOW")) {
            return "your Synthflow API key (created in the Synthflow dashboard)";
        }
        if (upper.startsWith("AIRCALL")) {
            return "your Aircall API credential (created in the Aircall dashboard)";
        }
        return "the secret's value (e.g. an API key copied from the vendor's dashboard)";
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
