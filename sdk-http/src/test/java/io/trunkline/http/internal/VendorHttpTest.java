package io.trunkline.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpOptions;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Closing releases what the wiring owns, and only that; a shared client is never changed. */
class VendorHttpTest {

    private static VendorHttp wiring(HttpOptions options) {
        return VendorHttp.create(options, HttpUrl.get("http://127.0.0.1:1/"), new ObjectMapper(),
                Secret.of("Bearer k"), null, "application/json");
    }

    @Test
    void closingShutsDownTheDispatcherAndEmptiesThePoolItOwns() {
        VendorHttp wiring = wiring(HttpOptions.defaults());

        wiring.close();

        assertThat(wiring.okHttp().dispatcher().executorService().isShutdown()).isTrue();
        assertThat(wiring.okHttp().connectionPool().connectionCount()).isZero();
    }

    @Test
    void closingLeavesACallerSuppliedClientRunningAndUnchanged() {
        OkHttpClient shared = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(99)).build();
        VendorHttp wiring = wiring(HttpOptions.builder().okHttpClient(shared).readTimeout(Duration.ofSeconds(3)).build());

        wiring.close();

        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(shared.readTimeoutMillis()).isEqualTo(99_000);
        assertThat(shared.interceptors()).isEmpty();
        assertThat(wiring.okHttp().readTimeoutMillis()).isEqualTo(3_000);
        assertThat(wiring.okHttp().dispatcher()).isSameAs(shared.dispatcher());
        shared.dispatcher().executorService().shutdown();
    }

    @Test
    void okHttpNeverRetriesOrFollowsRedirectsBehindThePipelinesBack() {
        VendorHttp wiring = wiring(HttpOptions.defaults());

        assertThat(wiring.okHttp().retryOnConnectionFailure()).isFalse();
        assertThat(wiring.okHttp().followRedirects()).isFalse();
        assertThat(wiring.okHttp().followSslRedirects()).isFalse();
        wiring.close();
    }

    @Test
    void theAuthorizationValueNeverShowsInToString() {
        VendorHttp wiring = wiring(HttpOptions.defaults());

        assertThat(wiring.toString()).doesNotContain("Bearer");
        wiring.close();
    }
}
