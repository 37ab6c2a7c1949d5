package io.trunkline.spring.boot.internal;

import io.trunkline.http.HttpListener;
import okhttp3.OkHttpClient;

/**
 * What the starter hands a vendor client so that its work can be measured: the OkHttp client to
 * build on (every request passes through it) and the {@link HttpListener} (every retry and every
 * rate-limit wait is reported to it). Free of Micrometer types, so the core auto-configuration can
 * ask for it whether or not Micrometer is present.
 */
public interface VendorInstrumentation {

    /**
     * @param vendor the vendor, e.g. {@code synthflow}
     * @return the client to derive the vendor's from
     */
    OkHttpClient okHttpClient(String vendor);

    /**
     * @param vendor the vendor, e.g. {@code synthflow}
     * @return what hears the vendor client's retries and rate-limit waits
     */
    HttpListener listener(String vendor);
}
