package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.TrunklineException;
import java.io.IOException;
import java.time.Duration;

/**
 * An attempt that failed in a way worth repeating if the operation allows it: an I/O failure, a
 * 5xx or a 429. It never escapes the client: once no attempt is left (or the operation is a POST)
 * {@link #toException} builds the public exception.
 */
final class RetryableFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient VendorError error;
    private final Duration retryAfter;
    private final IOException ioFailure;

    private RetryableFailure(int status, VendorError error, Duration retryAfter, IOException ioFailure) {
        super(ioFailure != null ? "I/O failure" : "HTTP " + status, ioFailure, false, false);
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
        this.ioFailure = ioFailure;
    }

    static RetryableFailure http(int status, VendorError error, Duration retryAfter) {
        return new RetryableFailure(status, error, retryAfter, null);
    }

    static RetryableFailure io(IOException failure) {
        return new RetryableFailure(-1, VendorError.NONE, null, failure);
    }

    /** @return what the vendor asked us to wait, or {@code null} */
    Duration retryAfter() {
        return retryAfter;
    }

    TrunklineException toException(ErrorTranslator translator, Operation operation, int attempts) {
        return ioFailure != null
                ? translator.connectionFailure(operation, ioFailure, attempts)
                : translator.httpFailure(operation, status, error, retryAfter, attempts);
    }
}
