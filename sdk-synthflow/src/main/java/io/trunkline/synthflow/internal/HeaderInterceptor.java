package io.trunkline.synthflow.internal;

import io.trunkline.core.model.Secret;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds the headers every Synthflow request carries: {@code Authorization: Bearer <key>} (the key
 * is revealed here and nowhere else), {@code User-Agent} and {@code Accept: application/json}.
 * {@code Content-Type: application/json} comes from the request body's media type, which
 * {@link SynthflowTransport} sets, because OkHttp overwrites a Content-Type header with the body's.
 */
public final class HeaderInterceptor implements Interceptor {

    private final Secret apiKey;
    private final String userAgent;

    /**
     * @param apiKey the Synthflow API key
     * @param userAgent the User-Agent value
     */
    public HeaderInterceptor(Secret apiKey, String userAgent) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + apiKey.reveal())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build());
    }
}
