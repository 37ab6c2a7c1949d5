package io.trunkline.core.spi;

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
 * fingerprint covers through the field's {@link ManualField#secretDigest() digest}: rotating a SIP
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
public record ManualStep(String id, String title, String dashboardPath, List<ManualField> fields, List<String> actions,
                         String confirmation, boolean apiCheck) {

    /** Copies the lists and checks for nulls. */
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
}
