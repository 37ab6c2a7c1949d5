package io.trunkline.aircall;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.Secret;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A closed client releases the threads and connections it owns, and only those. */
class ClientCloseTest {

    private static AircallConfig.Builder config() {
        return AircallConfig.builder().apiId(Secret.of("close-test-id")).apiToken(Secret.of("close-test-token"));
    }

    @Test
    void closingAClientShutsDownTheHttpThreadsItOwns() {
        AircallClient client = AircallClient.create(config().build());

        client.close();

        assertThat(client.endpoints().okHttp().dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void closingAClientLeavesACallerSuppliedOkHttpClientAlone() {
        OkHttpClient shared = new OkHttpClient();
        AircallClient client = AircallClient.create(config().http(http -> http.okHttpClient(shared)).build());

        client.close();

        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        shared.dispatcher().executorService().shutdown();
    }
}
