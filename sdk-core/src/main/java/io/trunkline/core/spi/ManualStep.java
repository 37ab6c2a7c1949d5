package io.trunkline.core.spi;

import io.trunkline.core.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A step a person performs in a vendor dashboard because the vendor offers no API for it. It says
 * exactly where to go, what to enter and what to press, and how Trunkline will confirm it.
 *
 * <p>{@link #fingerprint()} changes whenever any value changes, so a confirmation given for an
 * older version of the step no longer counts. That includes a secret field's secret, which the
 * fingerprint covers through the field's {@link Field#secretDigest() digest}: rotating a SIP
 * password lapses the confirmation of every step that shows it.
 *
 * @param id stable identifier, e.g. {@code aircall.sip-destination}
 * @param title what the step achieves, e.g. "Add the Synthflow SIP destination in Aircall"
 * @param dashboardPath where to go, e.g. "Integrations → SIP / External SIP → Add SIP Destination"
 * @param fields each field with its exact value
 * @param actions what to press, in order, e.g. "Click Save"
 * @param confirmation how Trunkline confirms the step was done
 * @param apiCheck whether Trunkline can observe some of it through an API ({@link #confirmation()} says what)
 */
public record ManualStep(String id, String title, String dashboardPath, List<Field> fields, List<String> actions,
                         String confirmation, boolean apiCheck) {

    /**
     * Copies the lists and checks for nulls.
     *
     * @param id stable identifier, e.g. {@code aircall.sip-destination}
     * @param title what the step achieves, e.g. "Add the Synthflow SIP destination in Aircall"
     * @param dashboardPath where to go, e.g. "Integrations → SIP / External SIP → Add SIP Destination"
     * @param fields each field with its exact value
     * @param actions what to press, in order, e.g. "Click Save"
     * @param confirmation how Trunkline confirms the step was done
     * @param apiCheck whether Trunkline can observe some of it through an API ({@link #confirmation()} says what)
     */
    public ManualStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dashboardPath, "dashboardPath");
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /** @return a short hash of everything the person is asked to do */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(id).append('\n').append(dashboardPath).append('\n');
        // a secret field counts through its slow digest, never through the mask every secret shares
        fields.forEach(f -> sb.append(f.label()).append('=').append(f.sensitive() ? "secret:" + f.secretDigest() : f.value())
                .append('\n'));
        actions.forEach(a -> sb.append(a).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /**
     * One field of a dashboard form, with the exact value to enter. Secret values are never carried:
     * a sensitive field shows {@value Secret#MASK} and says where to find the real value.
     *
     * <p>A sensitive field still takes part in its step's {@link ManualStep#fingerprint()}, through
     * {@link #secretDigest()}: a slow, salted digest of the secret (see {@link #secret(String, String, Secret)}),
     * so that rotating a password makes the confirmation of every step that shows it stale.
     *
     * @param label the field's label in the dashboard, e.g. "SIP URI"
     * @param value the exact value to enter, or {@value Secret#MASK} for a secret
     * @param sensitive whether the real value is a secret
     * @param note where to find a secret value, or a hint; may be {@code null}
     * @param secretDigest for a sensitive field, the hex PBKDF2 digest of the secret that only
     *     {@link ManualStep#fingerprint()} reads; empty for a plain field. Never rendered.
     */
    public record Field(String label, String value, boolean sensitive, String note, String secretDigest) {

        /**
         * Checks for nulls, and that a sensitive field is masked and carries a digest while a plain one carries none.
         *
         * @param label the field's label in the dashboard, e.g. "SIP URI"
         * @param value the exact value to enter, or {@value Secret#MASK} for a secret
         * @param sensitive whether the real value is a secret
         * @param note where to find a secret value, or a hint; may be {@code null}
         * @param secretDigest for a sensitive field, the hex PBKDF2 digest of the secret that only
         *     {@link ManualStep#fingerprint()} reads; empty for a plain field. Never rendered.
         */
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(secretDigest, "secretDigest");
            if (sensitive && (!Secret.MASK.equals(value) || secretDigest.isEmpty())) {
                throw new IllegalArgumentException("a sensitive field shows " + Secret.MASK
                        + " and carries the secret's digest; create it with Field.secret(label, whereToFind, secret)");
            }
            if (!sensitive && !secretDigest.isEmpty()) {
                throw new IllegalArgumentException("only a sensitive field carries a secret digest");
            }
        }

        /**
         * @param label the field label
         * @param value the value to enter
         * @return a plain field
         */
        public static Field of(String label, String value) {
            return new Field(label, value, false, null, "");
        }

        /**
         * @param label the field label
         * @param value the value to enter
         * @param note a hint shown next to it
         * @return a plain field with a note
         */
        public static Field of(String label, String value, String note) {
            return new Field(label, value, false, note, "");
        }

        /**
         * A masked field whose secret still counts in the step's fingerprint.
         *
         * <p>The field keeps only a digest of {@code value}: PBKDF2-HMAC-SHA256 with
         * {@value SecretFieldDigest#ITERATIONS} iterations (OWASP's recommendation for this function), a
         * 256-bit output, and the label and {@code whereToFind} as salt. Why a slow derivation rather
         * than an HMAC under some key: the fingerprint lands in the state file and in rendered plans,
         * so whoever reads them can test guesses of the password against it. An HMAC key the state
         * file does not hold would have to live somewhere else and survive restarts (a vendor API key
         * would do, but rotating it would then lapse confirmations for no reason); a slow derivation
         * needs no key and makes each guess cost as much as a guess against a well-stored password
         * hash. The salt (which names the DID) rules out tables precomputed for every installation.
         *
         * <pre>{@code
         * Field.secret("Password", "the password of the Synthflow SIP number +33…", credentials.password())
         * }</pre>
         *
         * @param label the field label
         * @param whereToFind where the person finds the secret (e.g. "your password manager entry X")
         * @param value the secret the person enters; only its digest is kept
         * @return a masked field
         */
        public static Field secret(String label, String whereToFind, Secret value) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(whereToFind, "whereToFind");
            Objects.requireNonNull(value, "value");
            return new Field(label, Secret.MASK, true, whereToFind,
                    SecretFieldDigest.of(label + '\n' + whereToFind, value));
        }

        /** Shows the masked value and never the digest. */
        @Override
        public String toString() {
            return "Field[label=" + label + ", value=" + value + ", sensitive=" + sensitive + ", note=" + note + "]";
        }
    }
}
