package io.trunkline.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;

/**
 * The OkHttp clients the starter hands to the vendor clients when Micrometer is present: one
 * connection pool and dispatcher, and per vendor a {@link VendorRequestMetrics} interceptor. The
 * SDK leaves a caller-supplied OkHttp client open, so this owner shuts it down with the context.
 */
public final class InstrumentedHttp implements VendorHttp, AutoCloseable {

    private final OkHttpClient shared = new OkHttpClient();
    private final MeterRegistry registry;

    /** @param registry where the request meters go */
    public InstrumentedHttp(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param vendor the vendor tag, e.g. {@code synthflow}
     * @return a client sharing the pool, with the vendor's request metrics
     */
    @Override
    public OkHttpClient forVendor(String vendor) {
        return shared.newBuilder().addInterceptor(new VendorRequestMetrics(registry, vendor)).build();
    }

    /** @return whether {@link #close()} ran (for tests) */
    boolean isClosed() {
        return shared.dispatcher().executorService().isShutdown();
    }

    /** Stops the dispatcher's threads and drops pooled connections. */
    @Override
    public void close() {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
