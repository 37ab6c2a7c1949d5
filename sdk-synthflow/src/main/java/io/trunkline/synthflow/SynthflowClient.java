package io.trunkline.synthflow;

import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.synthflow.internal.SynthflowEndpoints;
import java.util.Objects;

/**
 * A connection to one Synthflow workspace through the v2 REST API: the API key, the workspace and the
 * HTTP stack (OkHttp threads and pooled connections) the Synthflow adapter sends its requests
 * through. Immutable and thread-safe: create one per configuration, share it, close it when done.
 *
 * <pre>{@code
 * try (SynthflowClient synthflow = SynthflowClient.create(SynthflowConfig.builder()
 *         .apiKey(Secret.of(System.getenv("SYNTHFLOW_API_KEY")))
 *         .workspaceId("1710107690998x536152705164378100")
 *         .build())) {
 *     synthflow.checkCredentials();
 *     AgentPlatform platform = SynthflowAgentPlatform.create(synthflow);
 *     …
 * }
 * }</pre>
 *
 * <p>The requests themselves are the adapter's business ({@link io.trunkline.synthflow.SynthflowAgentPlatform}
 * lists each one); this type only owns and releases what they go through.
 */
public final class SynthflowClient implements AutoCloseable {

    private final SynthflowEndpoints endpoints;

    private SynthflowClient(SynthflowConfig config) {
        this.endpoints = SynthflowEndpoints.create(config);
    }

    /**
     * Creates a client. Nothing is sent until the client is used.
     *
     * @param config the configuration
     * @return the client
     */
    public static SynthflowClient create(SynthflowConfig config) {
        return new SynthflowClient(Objects.requireNonNull(config, "config"));
    }

    /** @return the configuration this client uses */
    public SynthflowConfig config() {
        return endpoints.config();
    }

    /**
     * Checks that the API key is accepted with one read, the one Synthflow documents for checking a
     * key: {@code GET /assistants/?limit=1}. Retried like any read (see {@link io.trunkline.http.HttpOptions}).
     *
     * @throws AuthenticationException when Synthflow refuses the key (401/403)
     * @throws VendorApiException on any other error status
     * @throws VendorConnectionException when Synthflow cannot be reached or its answer is unreadable
     */
    public void checkCredentials() {
        endpoints.listAssistants(1, 0);
    }

    /**
     * Releases what this client owns: OkHttp's dispatcher threads and pooled connections, so a
     * program can end as soon as its work is done. A caller-supplied OkHttpClient (from the
     * configuration) is left alone: its owner closes it. Calls after close fail.
     */
    @Override
    public void close() {
        endpoints.close();
    }

    /** @return the workspace and base URL, never the API key */
    @Override
    public String toString() {
        return "SynthflowClient[workspace=" + config().workspaceId() + ", baseUrl=" + config().baseUrl() + "]";
    }

    /** @return the endpoints requests go through; package-private, since their types are not API */
    SynthflowEndpoints endpoints() {
        return endpoints;
    }
}
