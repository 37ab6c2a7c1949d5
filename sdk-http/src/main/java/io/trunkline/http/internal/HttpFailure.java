package io.trunkline.http.internal;

import java.time.Duration;
import java.util.Optional;
import okhttp3.Request;

/**
 * An error answer the pipeline will not retry (any more), as the vendor's {@link ErrorMapping} sees it.
 *
 * @param status the HTTP status
 * @param error what the error body said
 * @param waitHint how long the vendor asked to wait ({@code Retry-After}, a rate-limit reset), or {@code null}
 * @param attempts how many requests were sent in all
 * @param request the last request sent; only its method and path reach an exception
 */
public record HttpFailure(int status, VendorError error, Duration waitHint, int attempts, Request request) {

    /** @return the vendor's wait hint, when it gave one */
    public Optional<Duration> hint() {
        return Optional.ofNullable(waitHint);
    }
}
