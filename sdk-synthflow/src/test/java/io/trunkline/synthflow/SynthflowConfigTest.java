package io.trunkline.synthflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpOptions;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class SynthflowConfigTest {

    private static final String KEY = "sf-config-test-key-123";

    private static SynthflowConfig.Builder valid() {
        return SynthflowConfig.builder().apiKey(Secret.of(KEY)).workspaceId("ws-1");
    }

    @Test
    void defaultsToTheGlobalHostWithATrailingSlashAndDocumentedTimeouts() {
        SynthflowConfig config = valid().build();

        assertThat(config.baseUrl()).isEqualTo("https://api.synthflow.ai/v2/");
        assertThat(config.http().connectTimeout()).isEqualTo(HttpOptions.DEFAULT_CONNECT_TIMEOUT);
        assertThat(config.http().readTimeout()).isEqualTo(HttpOptions.DEFAULT_READ_TIMEOUT);
        assertThat(config.http().writeTimeout()).isEqualTo(HttpOptions.DEFAULT_WRITE_TIMEOUT);
        assertThat(config.http().callTimeout()).isEqualTo(HttpOptions.DEFAULT_CALL_TIMEOUT);
        assertThat(config.http().userAgent()).isEqualTo(Trunkline.USER_AGENT);
        assertThat(config.http().maxAttempts()).isEqualTo(HttpOptions.DEFAULT_MAX_ATTEMPTS);
        assertThat(config.http().okHttpClient()).isEmpty();
    }

    @Test
    void regionsSelectTheirHosts() {
        assertThat(valid().region(SynthflowRegion.US).build().baseUrl()).isEqualTo("https://api.us.synthflow.ai/v2/");
        assertThat(valid().region(SynthflowRegion.EU).build().baseUrl()).isEqualTo("https://api.eu.synthflow.ai/v2/");
    }

    @Test
    void aBaseUrlWithTrailingSlashIsKeptAsIs() {
        assertThat(valid().baseUrl("https://sim.example.com/v2/").build().baseUrl())
                .isEqualTo("https://sim.example.com/v2/");
    }

    @Test
    void plainHttpIsAcceptedForLoopbackHostsOnly() {
        assertThat(valid().baseUrl("http://localhost:8080/v2").build().baseUrl()).isEqualTo("http://localhost:8080/v2/");
        assertThat(valid().baseUrl("http://127.0.0.1:8080/v2").build().baseUrl()).startsWith("http://127.0.0.1");
        assertThat(valid().baseUrl("http://[::1]:8080/v2").build().baseUrl()).startsWith("http://[::1]");
        assertThatThrownBy(() -> valid().baseUrl("http://api.synthflow.ai/v2").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("plain http to a non-loopback host")
                .hasMessageContaining("use https");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidConfigurationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidConfigurationException.class, () -> SynthflowConfig.builder()
                        .baseUrl("not a url").http(http -> http.readTimeout(Duration.ZERO).maxAttempts(0)
                        .initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1))).build());

        assertThat(e.problems()).hasSize(6);
        assertThat(e).hasMessageContaining("apiKey is required").hasMessageContaining("workspaceId is required")
                .hasMessageContaining("not an http(s) URL").hasMessageContaining("http.readTimeout: must be positive")
                .hasMessageContaining("http.maxAttempts: must be at least 1")
                .hasMessageContaining("http.maxBackoff: must not be shorter than initialBackoff (PT5S), got PT1S");
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        SynthflowConfig config = valid().build();

        assertThat(config.toString()).doesNotContain(KEY).contains("apiKey=****").contains("ws-1");
        assertThat(config.toBuilder().build().toString()).doesNotContain(KEY);
    }

    @Test
    void toBuilderKeepsEverySetting() {
        SynthflowConfig config = valid().region(SynthflowRegion.EU).http(http -> http.maxAttempts(5).userAgent("ua/1")).build();

        SynthflowConfig copy = config.toBuilder().build();

        assertThat(copy.baseUrl()).isEqualTo(config.baseUrl());
        assertThat(copy.http().maxAttempts()).isEqualTo(5);
        assertThat(copy.http().userAgent()).isEqualTo("ua/1");
        assertThat(copy.apiKey()).isEqualTo(config.apiKey());
    }

    @Test
    void aSharedOkHttpClientIsNeverModified() {
        OkHttpClient shared = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(99)).build();

        SynthflowClient.create(valid().http(http -> http.okHttpClient(shared).readTimeout(Duration.ofSeconds(1))).build());

        assertThat(shared.interceptors()).isEmpty();
        assertThat(shared.readTimeoutMillis()).isEqualTo(99_000);
    }
}
