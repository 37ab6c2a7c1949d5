package io.trunkline.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trunkline.http.HttpListener;
import okhttp3.OkHttpClient;

/**
 * Measures the vendor clients the starter builds when Micrometer is present: every HTTP attempt
 * through a {@link VendorRequestMetrics} interceptor on one shared OkHttp connection pool and
 * dispatcher, and every retry and wait through the clients' {@link HttpListener}. The SDK leaves a
 * caller-supplied OkHttp client open, so this owner shuts it down with the context.
 */
public final class MicrometerVendorInstrumentation implements VendorInstrumentation, AutoCloseable {

    /**
     * Time a vendor client waited before sending, tagged {@code vendor} and {@code kind}:
     * {@code retry} (backoff, or a reset the vendor asked for, before sending a failed request again)
     * or {@code rate_limit} (Aircall's pacing within its rate limit, or a pause a 429 imposed on every
     * request).
     */
    public static final String WAITS = "trunkline.vendor.waits";

    /** Retries, tagged {@code vendor} and the failed attempt's {@code status.class}. */
    public static final String RETRIES = "trunkline.vendor.retries";

    private final OkHttpClient shared = new OkHttpClient();
    private final MeterRegistry registry;

    /** @param registry where the meters go */
    public MicrometerVendorInstrumentation(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public OkHttpClient okHttpClient(String vendor) {
        return shared.newBuilder().addInterceptor(new VendorRequestMetrics(registry, vendor)).build();
    }

    @Override
    public HttpListener listener(String vendor) {
        Timer retryWaits = registry.timer(WAITS, "vendor", vendor, "kind", "retry");
        Timer rateLimitWaits = registry.timer(WAITS, "vendor", vendor, "kind", "rate_limit");
        return new HttpListener() {
            @Override
            public void retryScheduled(Retry retry) {
                registry.counter(RETRIES, "vendor", vendor, "status.class", VendorRequestMetrics.statusClass(retry.status()))
                        .increment();
                retryWaits.record(retry.delay());
            }

            @Override
            public void rateLimitWait(RateLimitWait wait) {
                rateLimitWaits.record(wait.delay());
            }
        };
    }

    /** Stops the dispatcher's threads and drops pooled connections. */
    @Override
    public void close() {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
