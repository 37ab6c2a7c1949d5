package io.trunkline.aircall;

import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AircallConfigTest {

    private static AircallConfig.Builder basic() {
        return AircallConfig.builder().apiId(Secret.of("id-1")).apiToken(Secret.of("token-1"));
    }

    @Test
    void hasTheDocumentedDefaults() {
        AircallConfig config = basic().build();

        assertThat(config.baseUrl()).isEqualTo(HttpUrl.get("https://api.aircall.io/"));
        assertThat(config.http().userAgent()).isEqualTo(Trunkline.USER_AGENT);
        assertThat(config.perPage()).isEqualTo(50);
        assertThat(config.rateLimitRequests()).isEqualTo(120);
        assertThat(config.rateLimitWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.http().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.http().readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.http().maxAttempts()).isEqualTo(4);
        assertThat(config.http().okHttpClient()).isEmpty();
    }

    @Test
    void requiresSomeCredentials() {
        assertThatThrownBy(() -> AircallConfig.builder().build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("credentials: set apiId + apiToken");
    }

    @Test
    void refusesBasicAndBearerTogether() {
        assertThatThrownBy(() -> basic().accessToken(Secret.of("oauth")).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void refusesHalfOfTheBasicCredentials() {
        assertThatThrownBy(() -> AircallConfig.builder().apiId(Secret.of("id")).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("needs both apiId and apiToken");
    }

    @Test
    void acceptsABearerTokenAlone() {
        AircallConfig config = AircallConfig.builder().accessToken(Secret.of("oauth")).build();

        assertThat(config.accessToken()).isPresent();
        assertThat(config.apiId()).isEmpty();
    }

    @Test
    void refusesPlainHttpToARemoteHost() {
        assertThatThrownBy(() -> basic().baseUrl("http://api.aircall.io").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("baseUrl: Aircall requires https");
    }

    @Test
    void allowsPlainHttpToLoopbackForSimulators() {
        assertThat(basic().baseUrl("http://localhost:8080").build().baseUrl().toString())
                .isEqualTo("http://localhost:8080/");
        assertThat(basic().baseUrl("http://127.0.0.1:9/aircall").build().baseUrl().toString())
                .isEqualTo("http://127.0.0.1:9/aircall/");
        assertThat(basic().baseUrl("http://[::1]:9").build().baseUrl().host()).isEqualTo("::1");
    }

    @Test
    void refusesAnUnparseableBaseUrl() {
        assertThatThrownBy(() -> basic().baseUrl("api.aircall.io").build())
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("baseUrl: not an http(s) URL");
    }

    @Test
    void validatesPerPageAgainstAircallsMaximum() {
        assertThat(basic().perPage(1).build().perPage()).isEqualTo(1);
        assertThatThrownBy(() -> basic().perPage(0).build()).hasMessageContaining("perPage: must be between 1 and 50");
        assertThatThrownBy(() -> basic().perPage(51).build()).hasMessageContaining("got 51");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> AircallConfig.builder().perPage(0).rateLimit(0, Duration.ZERO)
                .http(http -> http.maxAttempts(0).readTimeout(Duration.ofSeconds(-1))).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(6)
                        .anyMatch(p -> p.startsWith("credentials"))
                        .anyMatch(p -> p.startsWith("perPage"))
                        .anyMatch(p -> p.startsWith("rateLimit.requests"))
                        .anyMatch(p -> p.startsWith("rateLimit.window"))
                        .anyMatch(p -> p.startsWith("http.maxAttempts"))
                        .anyMatch(p -> p.startsWith("http.readTimeout")));
    }

    @Test
    void rebuildsFromToBuilderWithTheSameValues() {
        AircallConfig config = basic().perPage(10).rateLimit(60, Duration.ofMinutes(1)).build();

        AircallConfig copy = config.toBuilder().build();

        assertThat(copy.toString()).isEqualTo(config.toString());
        assertThat(copy.apiToken()).isEqualTo(config.apiToken());
    }
}
