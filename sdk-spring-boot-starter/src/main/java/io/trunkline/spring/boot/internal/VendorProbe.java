package io.trunkline.spring.boot.internal;

/**
 * The one read a vendor's health, and the optional start-up credential check, are judged by.
 *
 * @param vendor the vendor's name, e.g. {@code Synthflow}
 * @param endpoint the documented endpoint read, e.g. {@code GET /v1/ping}
 * @param baseUrl the base URL the read goes to
 * @param credentialsFix which properties to check when the vendor refuses the credentials
 * @param prefix the vendor's property group, e.g. {@code trunkline.synthflow}
 * @param read sends the read; throws the SDK's exceptions
 * @param client the probe's own client, closed with it
 */
public record VendorProbe(String vendor, String endpoint, String baseUrl, String credentialsFix, String prefix,
                          Runnable read, AutoCloseable client) implements AutoCloseable {

    /** Closes the probe's own client. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not close the " + vendor + " probe's client", e);
        }
    }
}
