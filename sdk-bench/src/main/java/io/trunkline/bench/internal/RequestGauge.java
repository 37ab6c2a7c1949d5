package io.trunkline.bench.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp interceptor that counts requests, how many are in flight at once (and the most seen),
 * and when the first and the last one were sent. Thread-safe.
 */
public final class RequestGauge implements Interceptor {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong firstSentNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastSentNanos = new AtomicLong(Long.MIN_VALUE);

    @Override
    public Response intercept(Chain chain) throws IOException {
        long now = System.nanoTime();
        firstSentNanos.accumulateAndGet(now, Math::min);
        lastSentNanos.accumulateAndGet(now, Math::max);
        count.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return chain.proceed(chain.request());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** @return the most requests seen in flight at the same time */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    /** @return requests seen */
    public long count() {
        return count.get();
    }

    /** @return seconds between the first and the last request sent, 0 with fewer than two */
    public double busySeconds() {
        return count.get() < 2 ? 0 : (lastSentNanos.get() - firstSentNanos.get()) / 1e9;
    }
}
