package io.trunkline.http.internal;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * An attempt failed in a way another attempt may fix: no answer came, or the vendor answered 429 or
 * 5xx. Only {@link HttpPipeline} sees it: once no attempt is left it becomes a public exception
 * through the vendor's {@link ErrorMapping}.
 */
final class TransientFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient VendorError error;
    private final transient Duration waitHint;

    private TransientFailure(String message, int status, VendorError error, Duration waitHint, IOException cause) {
        // No stack trace: this is control flow, and the message names only a status or an exception type.
        super(message, cause, false, false);
        this.status = status;
        this.error = error;
        this.waitHint = waitHint;
    }

    static TransientFailure connection(IOException cause) {
        return new TransientFailure("connection failure (" + cause.getClass().getSimpleName() + ")", 0,
                VendorError.NONE, null, cause);
    }

    static TransientFailure answer(int status, VendorError error, Duration waitHint) {
        return new TransientFailure("HTTP " + status, status, error, waitHint, null);
    }

    /** @return the HTTP status, 0 when no answer came */
    int status() {
        return status;
    }

    /** @return how long the vendor asked to wait, or {@code null} */
    Duration waitHint() {
        return waitHint;
    }

    RuntimeException toException(ErrorMapping errors, Operation op, Request request, int attempts) {
        return status == 0
                ? errors.connectionFailure(op, request, (IOException) getCause(), attempts)
                : errors.httpFailure(op, new HttpFailure(status, error, waitHint, attempts, request));
    }
}
