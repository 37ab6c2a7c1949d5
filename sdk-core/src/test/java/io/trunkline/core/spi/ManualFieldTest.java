package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualFieldTest {

    private static final String PASSWORD = "sippw-rotation-test-1";
    private static final String WHERE = "the password of the Synthflow SIP number +33100000000";

    private static ManualStep step(ManualStep.Field secret) {
        return new ManualStep("aircall.sip-destination", "Add the destination", "Integrations → SIP",
                List.of(ManualStep.Field.of("Name", "Synthflow AI"), secret), List.of("Click Save"), "caller confirmation", false);
    }

    @Test
    void changingTheSecretChangesTheFingerprint() {
        ManualStep before = step(ManualStep.Field.secret("Password", WHERE, Secret.of(PASSWORD)));
        ManualStep same = step(ManualStep.Field.secret("Password", WHERE, Secret.of(PASSWORD)));
        ManualStep rotated = step(ManualStep.Field.secret("Password", WHERE, Secret.of("sippw-rotation-test-2")));

        assertThat(same.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(rotated.fingerprint()).isNotEqualTo(before.fingerprint());
    }

    @Test
    void aSecretFieldShowsOnlyTheMaskAndKeepsALongSaltedDigestThatIsNoPlainHash() throws Exception {
        ManualStep.Field field = ManualStep.Field.secret("Password", WHERE, Secret.of(PASSWORD));
        ManualStep.Field otherDid = ManualStep.Field.secret("Password", WHERE.replace("+331", "+332"), Secret.of(PASSWORD));

        assertThat(field.value()).isEqualTo(Secret.MASK);
        assertThat(field.sensitive()).isTrue();
        assertThat(field.secretDigest()).matches("[0-9a-f]{64}").doesNotContain(PASSWORD)
                .as("salted by where the secret is found, so equal passwords of two DIDs differ")
                .isNotEqualTo(otherDid.secretDigest())
                .as("not a fast, unsalted hash a table could reverse")
                .isNotEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(PASSWORD.getBytes(StandardCharsets.UTF_8))));
        assertThat(field.toString()).doesNotContain(PASSWORD).doesNotContain(field.secretDigest())
                .doesNotContain(field.secretDigest().substring(0, 12)).contains(Secret.MASK);
        assertThat(step(field).toString()).doesNotContain(PASSWORD).doesNotContain(field.secretDigest());
    }

    @Test
    void plainFieldsCarryNoDigestAndSensitiveOnesMustBeMaskedWithADigest() {
        assertThat(ManualStep.Field.of("Name", "Synthflow AI").secretDigest()).isEmpty();
        assertThatThrownBy(() -> new ManualStep.Field("Password", PASSWORD, true, WHERE, "ab"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(() -> new ManualStep.Field("Password", Secret.MASK, true, WHERE, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualStep.Field("Name", "x", false, null, "ab"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
