package io.trunkline.spring.boot.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.trunkline.core.time.Sleeper;
import okhttp3.OkHttpClient;

/**
 * Measures the vendor clients the starter builds when Micrometer is present: every HTTP attempt
 * through a {@link VendorRequestMetrics} interceptor on one shared OkHttp connection pool and
 * dispatcher, and every wait through a sleeper that records {@value #WAITS}. The SDK leaves a
 * caller-supplied OkHttp client open, so this owner shuts it down with the context.
 */
public final class MicrometerVendorInstrumentation implements VendorInstrumentation, AutoCloseable {

    /**
     * Time a vendor client waited before sending: retry backoff, a 429's reset and, for Aircall, the
     * pacing that keeps it within the rate limit (one timer, tagged {@code vendor}; the SDK does not yet
     * say which kind a wait is).
     */
    public static final String WAITS = "trunkline.vendor.waits";

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
    public Sleeper sleeper(String vendor) {
        Timer waits = registry.timer(WAITS, "vendor", vendor);
        Sleeper system = Sleeper.system();
        return duration -> {
            system.sleep(duration);
            if (!duration.isNegative() && !duration.isZero()) {
                waits.record(duration);
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
