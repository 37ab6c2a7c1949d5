package io.trunkline.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpOptions;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The OkHttp client and Retrofit instance of one vendor client, and what closing it releases.
 *
 * <p>The OkHttp client is derived from the caller's, when given ({@code newBuilder()}: shared pool
 * and dispatcher, the caller's one never modified), with the configured timeouts. OkHttp's own
 * silent retry on connection failure is off (it could repeat a POST behind the pipeline's back), and
 * so is redirect following (it could carry the Authorization header to another host).
 *
 * <p>The fixed headers (Authorization, User-Agent, Accept) are added when Retrofit creates a call,
 * not by an OkHttp interceptor: one request copy per call instead of one per interceptor, and the
 * caller's OkHttp client keeps exactly its own interceptors.
 *
 * <p>Answers are read whole before Jackson parses them ({@link WholeBody}).
 */
public final class VendorHttp implements AutoCloseable {

    private final OkHttpClient okHttp;
    private final boolean owned;
    private final Retrofit retrofit;

    private VendorHttp(HttpOptions options, HttpUrl baseUrl, ObjectMapper mapper, Secret authorization,
                       String accept, MediaType bodyType) {
        this.owned = options.okHttpClient().isEmpty();
        this.okHttp = options.okHttpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new)
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.writeTimeout())
                .callTimeout(options.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        String userAgent = options.userAgent();
        this.retrofit = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .callFactory(request -> okHttp.newCall(withHeaders(request, authorization, userAgent, accept)))
                .addConverterFactory(new WholeBody(JacksonConverterFactory.create(mapper, bodyType)))
                .build();
    }

    /**
     * @param options timeouts, User-Agent and the caller's OkHttp client, if any
     * @param baseUrl the vendor's base URL, ending with {@code /}
     * @param mapper reads and writes bodies
     * @param authorization the whole Authorization header value, e.g. {@code Bearer …}
     * @param accept the Accept header value, or {@code null} to send none
     * @param bodyType the Content-Type of JSON request bodies, e.g. {@code application/json}
     * @return the wiring
     */
    public static VendorHttp create(HttpOptions options, HttpUrl baseUrl, ObjectMapper mapper, Secret authorization,
                                    String accept, String bodyType) {
        return new VendorHttp(Objects.requireNonNull(options, "options"), Objects.requireNonNull(baseUrl, "baseUrl"),
                Objects.requireNonNull(mapper, "mapper"), Objects.requireNonNull(authorization, "authorization"),
                accept, MediaType.get(bodyType));
    }

    private static Request withHeaders(Request request, Secret authorization, String userAgent, String accept) {
        Request.Builder builder = request.newBuilder()
                .header("Authorization", authorization.reveal())
                .header("User-Agent", userAgent);
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    /**
     * @param service the Retrofit interface
     * @param <S> its type
     * @return the service
     */
    public <S> S api(Class<S> service) {
        return retrofit.create(service);
    }

    /** @return the OkHttp client requests go through */
    public OkHttpClient okHttp() {
        return okHttp;
    }

    /**
     * Releases the dispatcher's threads and the pooled connections when this wiring created the OkHttp
     * client; leaves a caller's client (and what it shares with ours) alone: its owner closes it.
     */
    @Override
    public void close() {
        if (owned) {
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "VendorHttp[owned=" + owned + "]";
    }

    /**
     * Reads an answer's body to its end, then lets converter-jackson parse it from memory. Parsing
     * straight from the socket stops at the end of the JSON value, before the end of a chunked body,
     * so closing the stream then has to discard the rest under a timer of its own: one more timeout
     * to schedule per request, which costs more than the copy of a small body. It also hands the
     * connection back to the pool before parsing starts.
     */
    private static final class WholeBody extends Converter.Factory {
        private final Converter.Factory jackson;

        WholeBody(Converter.Factory jackson) {
            this.jackson = jackson;
        }

        @Override
        public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
                                                                Retrofit retrofit) {
            Converter<ResponseBody, ?> parse = jackson.responseBodyConverter(type, annotations, retrofit);
            if (parse == null) {
                return null;
            }
            return body -> {
                try (body) {
                    return parse.convert(ResponseBody.create(body.bytes(), body.contentType()));
                }
            };
        }

        @Override
        public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                              Annotation[] methodAnnotations, Retrofit retrofit) {
            return jackson.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
        }
    }
}
