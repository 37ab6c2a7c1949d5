package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
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
    void blankValuesAreRefusedWithTheSdkExceptionWithoutEchoingThem(String blank) {
        assertThatThrownBy(() -> Secret.of(blank))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("the secret value is blank; pass the API key");
    }

    @Test
    void nullIsRefusedWithTheSdkExceptionPointingToFromEnv() {
        assertThatThrownBy(() -> Secret.of(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("the secret value is missing (null)")
                .hasMessageContaining("Secret.fromEnv(");
    }

    @Test
    void fromEnvReadsTheVariable() {
        Secret secret = Secret.fromEnv("SYNTHFLOW_API_KEY", Map.of("SYNTHFLOW_API_KEY", VALUE));

        assertThat(secret.reveal()).isEqualTo(VALUE);
        assertThat(secret).hasToString(Secret.MASK);
    }

    @Test
    void fromEnvNamesAnUnsetVariableAndTheKeyToExport() {
        assertThatThrownBy(() -> Secret.fromEnv("SYNTHFLOW_API_KEY", Map.of("OTHER", VALUE)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("environment variable SYNTHFLOW_API_KEY is not set; export it with your Synthflow API key "
                        + "(created in the Synthflow dashboard) in the environment that starts this program");
        assertThatThrownBy(() -> Secret.fromEnv("AIRCALL_API_TOKEN", Map.of()))
                .hasMessageContaining("AIRCALL_API_TOKEN is not set").hasMessageContaining("Aircall API credential");
        assertThatThrownBy(() -> Secret.fromEnv("SIP_PASSWORD", Map.of()))
                .hasMessageContaining("SIP_PASSWORD is not set").hasMessageContaining("the secret's value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u2003"})
    void fromEnvNamesABlankVariable(String blank) {
        assertThatThrownBy(() -> Secret.fromEnv("SYNTHFLOW_API_KEY", Map.of("SYNTHFLOW_API_KEY", blank)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("environment variable SYNTHFLOW_API_KEY is set but blank");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", " AIRCALL_API_TOKEN", "A=B", "sk-live/0123456789+abc=", "1ABC"})
    void fromEnvRefusesSomethingThatIsNotAVariableNameWithoutEchoingIt(String name) {
        assertThatThrownBy(() -> Secret.fromEnv(name, Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("Secret.fromEnv takes the name of an environment variable")
                .hasMessageContaining("Secret.of(value)")
                .message().doesNotContain(name == null || name.isBlank() ? "\u0000" : name.strip());
    }

    @Test
    void fromEnvDoesNotEchoANameThatMayBeASecretPassedByMistake() {
        assertThatThrownBy(() -> Secret.fromEnv(VALUE, Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not set")
                .message().doesNotContain(VALUE);
        assertThatThrownBy(() -> Secret.fromEnv(VALUE, Map.of(VALUE, "")))
                .hasMessageContaining("is set but blank")
                .message().doesNotContain(VALUE);
    }

    @Test
    void fromEnvReadsTheRealEnvironment() {
        String name = System.getenv().keySet().stream().filter(k -> !System.getenv(k).isBlank()).findFirst().orElseThrow();

        assertThat(Secret.fromEnv(name).reveal()).isEqualTo(System.getenv(name));
        assertThatThrownBy(() -> Secret.fromEnv("TRUNKLINE_SURELY_UNSET_VARIABLE_4711"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("TRUNKLINE_SURELY_UNSET_VARIABLE_4711 is not set");
    }

    @Test
    void credentialsNeverPrintThePassword() {
        SipAuth.Credentials credentials = SipAuth.credentials("aircall-trunk", Secret.of(VALUE));

        assertThat(credentials.toString()).contains("aircall-trunk").contains(Secret.MASK).doesNotContain(VALUE);
        assertThat(SipNumber.builder().credentials(credentials).build().toString()).doesNotContain(VALUE);
        assertThat(SipDestination.builder().auth(credentials).build().toString()).doesNotContain(VALUE);
    }
}
