package io.trunkline.spring.boot.internal;

import okhttp3.OkHttpClient;

/**
 * Supplies the OkHttp client a vendor client is built on, when the starter has one to give (the
 * metrics-instrumented one). Free of Micrometer types, so the core auto-configuration can ask for
 * it whether or not Micrometer is present.
 */
@FunctionalInterface
public interface VendorHttp {

    /**
     * @param vendor the vendor, e.g. {@code synthflow}
     * @return the client to derive the vendor's from
     */
    OkHttpClient forVendor(String vendor);
}
