package io.trunkline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.InvalidConfigurationException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        HttpOptions options = HttpOptions.defaults();

        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.userAgent()).isEqualTo(Trunkline.USER_AGENT);
        assertThat(options.maxAttempts()).isEqualTo(4);
        assertThat(options.okHttpClient()).isEmpty();
        assertThat(options.listener()).isEmpty();
        assertThat(options.jitterSeed()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheOption() {
        assertThatThrownBy(() -> HttpOptions.builder().readTimeout(Duration.ZERO).maxAttempts(0)
                .initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1))
                .maxRateLimitWait(Duration.ofSeconds(-1)).userAgent(" ").clock(null).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(6)
                        .anyMatch(p -> p.startsWith("readTimeout: must be positive"))
                        .anyMatch(p -> p.startsWith("maxAttempts: must be at least 1"))
                        .anyMatch(p -> p.startsWith("maxBackoff: must not be shorter than initialBackoff"))
                        .anyMatch(p -> p.startsWith("maxRateLimitWait: must not be negative"))
                        .anyMatch(p -> p.startsWith("userAgent: must not be blank"))
                        .anyMatch(p -> p.startsWith("clock: missing")));
    }

    @Test
    void aZeroCallTimeoutMeansNone() {
        assertThat(HttpOptions.builder().callTimeout(Duration.ZERO).build().callTimeout()).isZero();
    }

    @Test
    void toBuilderKeepsEveryOption() {
        OkHttpClient shared = new OkHttpClient();
        HttpListener listener = new HttpListener() { };
        HttpOptions options = HttpOptions.builder().readTimeout(Duration.ofSeconds(3)).maxAttempts(2).jitterSeed(9)
                .userAgent("ua/1").okHttpClient(shared).listener(listener).build();

        HttpOptions copy = options.toBuilder().build();

        assertThat(copy.toString()).isEqualTo(options.toString());
        assertThat(copy.okHttpClient()).containsSame(shared);
        assertThat(copy.listener()).containsSame(listener);
        assertThat(copy.jitterSeed()).hasValue(9);
    }
}
