package io.trunkline.aircall.internal;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;

/** Sets the {@code User-Agent} header so Aircall can tell Trunkline traffic apart. */
public final class UserAgentInterceptor implements Interceptor {

    private final String userAgent;

    /** @param userAgent the header value, e.g. {@code trunkline/0.1.0} */
    public UserAgentInterceptor(String userAgent) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
