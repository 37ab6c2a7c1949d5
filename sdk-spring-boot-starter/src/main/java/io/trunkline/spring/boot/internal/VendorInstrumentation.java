package io.trunkline.spring.boot.internal;

import io.trunkline.core.time.Sleeper;
import okhttp3.OkHttpClient;

/**
 * What the starter hands a vendor client so that its work can be measured: the OkHttp client to
 * build on (every request passes through it) and the {@link Sleeper} (every wait before a request
 * goes through it). Free of Micrometer types, so the core auto-configuration can ask for it whether
 * or not Micrometer is present.
 */
public interface VendorInstrumentation {

    /**
     * @param vendor the vendor, e.g. {@code synthflow}
     * @return the client to derive the vendor's from
     */
    OkHttpClient okHttpClient(String vendor);

    /**
     * @param vendor the vendor, e.g. {@code synthflow}
     * @return the sleeper the vendor's client waits with
     */
    Sleeper sleeper(String vendor);
}
