package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {

    private static final String VALUE = "sk_live_0123456789abcdef";

    @Test
    void toStringIsMasked() {
        Secret secret = Secret.of(VALUE);

        assertThat(secret).hasToString(Secret.MASK);
        assertThat(secret.toString()).isEqualTo("****").doesNotContain("sk_live");
        assertThat("key=" + secret).isEqualTo("key=****");
        assertThat(String.format("%s", secret)).isEqualTo("****");
    }

    @Test
    void revealReturnsTheValue() {
        assertThat(Secret.of(VALUE).reveal()).isEqualTo(VALUE);
    }

    @Test
    void equalValuesMatchAndAreEqualWithTheSameHashCode() {
        Secret a = Secret.of(VALUE);
        Secret b = Secret.of(new String(VALUE.toCharArray()));

        assertThat(a.matches(b)).isTrue();
        assertThat(b.matches(a)).isTrue();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.hashCode()).isEqualTo(Secret.of(VALUE).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_0123456789abcdeF", "sk_live_0123456789abcde", "sk_live_0123456789abcdef0",
            "Sk_live_0123456789abcdef", "x", "sk_live_0123456789abcdef "})
    void differentValuesDoNotMatch(String other) {
        Secret secret = Secret.of(VALUE);

        assertThat(secret.matches(Secret.of(other))).isFalse();
        assertThat(secret).isNotEqualTo(Secret.of(other));
    }

    @Test
    void nonAsciiValuesCompareByContent() {
        assertThat(Secret.of("mot-de-passe-é")).isEqualTo(Secret.of("mot-de-passe-é"));
        assertThat(Secret.of("mot-de-passe-é")).isNotEqualTo(Secret.of("mot-de-passe-e"));
    }

    @Test
    void neverMatchesNullOrOtherTypes() {
        Secret secret = Secret.of(VALUE);

        assertThat(secret.matches(null)).isFalse();
        assertThat(secret.equals(null)).isFalse();
        assertThat(secret.equals(VALUE)).as("a secret is not equal to its plain value").isFalse();
    }

    @Test
    void hashCodeDoesNotExposeTheValuesOwnHash() {
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            hashes.add(Secret.of("pw-" + i).hashCode());
        }

        assertThat(Secret.of(VALUE).hashCode()).isNotEqualTo(VALUE.hashCode());
        assertThat(hashes).as("distinct values spread over buckets").hasSizeGreaterThan(45);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u2003"})
    void blankValuesAreRefusedWithoutEchoingThem(String blank) {
        assertThatThrownBy(() -> Secret.of(blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a secret must not be blank");
    }

    @Test
    void nullIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> Secret.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("secret value");
    }

    @Test
    void credentialsNeverPrintThePassword() {
        SipAuth.Credentials credentials = SipAuth.credentials("aircall-trunk", Secret.of(VALUE));

        assertThat(credentials.toString()).contains("aircall-trunk").contains(Secret.MASK).doesNotContain(VALUE);
        assertThat(SipNumber.builder().credentials(credentials).build().toString()).doesNotContain(VALUE);
        assertThat(SipDestination.builder().auth(credentials).build().toString()).doesNotContain(VALUE);
    }
}
