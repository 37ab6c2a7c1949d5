package io.trunkline.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Times every HTTP attempt a vendor client sends, as an OkHttp application interceptor on the
 * client the starter hands to the SDK. Retries are attempts of their own here; the SDK retries
 * outside OkHttp, so each one passes through.
 *
 * <p>Meters: {@value #REQUESTS} (timer) tagged {@code vendor}, {@code method}, {@code uri} (the
 * endpoint's template, e.g. {@code numbers/{phone_number_slug}}, never the path itself, which holds
 * DIDs), {@code status} (the code, or {@code IO_ERROR}) and {@code status.class} ({@code 2xx} …
 * {@code 5xx}, {@code io_error}); {@value #RATE_LIMITED} (counter) for each 429 answer.
 */
public final class VendorRequestMetrics implements Interceptor {

    /** The timer of every attempt. */
    public static final String REQUESTS = "trunkline.vendor.requests";
    /** The counter of 429 answers. */
    public static final String RATE_LIMITED = "trunkline.vendor.rate.limited";

    private final MeterRegistry registry;
    private final String vendor;

    /**
     * @param registry where meters go
     * @param vendor the vendor tag, e.g. {@code synthflow}
     */
    public VendorRequestMetrics(MeterRegistry registry, String vendor) {
        this.registry = registry;
        this.vendor = vendor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Tags tags = Tags.of("vendor", vendor, "method", request.method(), "uri", uriTemplate(request));
        Timer.Sample sample = Timer.start(registry);
        try {
            Response response = chain.proceed(request);
            int code = response.code();
            sample.stop(registry.timer(REQUESTS, tags.and("status", String.valueOf(code), "status.class", statusClass(code))));
            if (code == 429) {
                registry.counter(RATE_LIMITED, tags).increment();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            sample.stop(registry.timer(REQUESTS, tags.and("status", "IO_ERROR", "status.class", statusClass(0))));
            throw e;
        }
    }

    /**
     * @param status an HTTP status, or 0 when no answer came
     * @return {@code 2xx} … {@code 5xx}, or {@code io_error} without an answer
     */
    static String statusClass(int status) {
        return status == 0 ? "io_error" : status / 100 + "xx";
    }

    /** The Retrofit endpoint's path template, else the Java method's name (e.g. a next-page link). */
    static String uriTemplate(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null) {
            return "UNKNOWN";
        }
        Method method = invocation.method();
        for (Annotation a : method.getAnnotations()) {
            String path = path(a);
            if (path != null && !path.isEmpty()) {
                return path;
            }
        }
        return method.getName();
    }

    private static String path(Annotation a) {
        if (a instanceof GET get) {
            return get.value();
        } else if (a instanceof POST post) {
            return post.value();
        } else if (a instanceof PUT put) {
            return put.value();
        } else if (a instanceof PATCH patch) {
            return patch.value();
        } else if (a instanceof DELETE delete) {
            return delete.value();
        }
        return null;
    }
}
