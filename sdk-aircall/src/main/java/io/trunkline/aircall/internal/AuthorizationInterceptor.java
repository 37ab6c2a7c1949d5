package io.trunkline.aircall.internal;

import io.trunkline.aircall.client.AircallConfig;
import io.trunkline.core.model.Secret;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Adds {@code Authorization: Basic base64(api_id:api_token)} or {@code Authorization: Bearer <token>}.
 * The header value is computed once and kept as a {@link Secret} so that neither a debugger's
 * {@code toString} nor a heap-dump-friendly log line shows it.
 */
public final class AuthorizationInterceptor implements Interceptor {

    private final Secret headerValue;

    private AuthorizationInterceptor(Secret headerValue) {
        this.headerValue = headerValue;
    }

    /**
     * @param config a validated configuration (exactly one authentication mode)
     * @return the interceptor for the configured mode
     */
    public static AuthorizationInterceptor from(AircallConfig config) {
        if (config.accessToken().isPresent()) {
            return new AuthorizationInterceptor(Secret.of("Bearer " + config.accessToken().get().reveal()));
        }
        String pair = config.apiId().orElseThrow().reveal() + ":" + config.apiToken().orElseThrow().reveal();
        return new AuthorizationInterceptor(
                Secret.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", headerValue.reveal()).build());
    }

    @Override
    public String toString() {
        return "AuthorizationInterceptor[" + Secret.MASK + "]";
    }
}
