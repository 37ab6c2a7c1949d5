package io.trunkline.aircall.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.trunkline.aircall.client.AircallConfig;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Wires OkHttp, Retrofit and Jackson for one client.
 *
 * <p>OkHttp's own silent retry on connection failure and redirect following are switched off: the
 * first could repeat a POST behind the executor's back (Aircall has no idempotency keys), the second
 * could carry the request to another host.
 */
public final class AircallHttp {

    private AircallHttp() {
    }

    /**
     * @return the JSON mapper: unknown fields ignored, a missing or null id fails. Request bodies omit
     *         nulls through their own {@code @JsonInclude(NON_NULL)}.
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /**
     * @param config the client configuration
     * @return an OkHttp client derived from the shared one (if any) with Aircall's settings
     */
    public static OkHttpClient okHttpClient(AircallConfig config) {
        OkHttpClient.Builder builder = config.okHttpClient().map(OkHttpClient::newBuilder)
                .orElseGet(OkHttpClient.Builder::new);
        return builder
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new UserAgentInterceptor(config.userAgent()))
                .addInterceptor(AuthorizationInterceptor.from(config))
                .build();
    }

    /**
     * @param config the client configuration
     * @param mapper the JSON mapper
     * @param http the OkHttp client from {@link #okHttpClient(AircallConfig)}
     * @return the Retrofit service
     */
    public static AircallApi api(AircallConfig config, ObjectMapper mapper, OkHttpClient http) {
        return new Retrofit.Builder()
                .baseUrl(config.baseUrl())
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(mapper))
                .build()
                .create(AircallApi.class);
    }
}
