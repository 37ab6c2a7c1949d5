package io.trunkline.synthflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.Secret;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A closed client releases the threads and connections it owns, and only those. */
class ClientCloseTest {

    private static SynthflowConfig.Builder config() {
        return SynthflowConfig.builder().apiKey(Secret.of("sf-close-test")).workspaceId("1710107690998x536152705164378100");
    }

    @Test
    void closingAClientShutsDownTheHttpThreadsItOwns() {
        SynthflowClient client = SynthflowClient.create(config().build());

        client.close();

        assertThat(client.endpoints().okHttp().dispatcher().executorService().isShutdown()).isTrue();
        assertThat(client.endpoints().okHttp().connectionPool().connectionCount()).isZero();
    }

    @Test
    void closingAClientLeavesACallerSuppliedOkHttpClientAlone() {
        OkHttpClient shared = new OkHttpClient();
        SynthflowClient client = SynthflowClient.create(config().http(http -> http.okHttpClient(shared)).build());

        client.close();

        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        shared.dispatcher().executorService().shutdown();
    }

    @Test
    void aPlatformLeavesAClientItWasGivenOpen() {
        SynthflowClient mine = SynthflowClient.create(config().build());
        SynthflowAgentPlatform.create(mine).close();
        assertThat(mine.endpoints().okHttp().dispatcher().executorService().isShutdown()).as("the caller's client stays open").isFalse();
        mine.close();
    }
}
