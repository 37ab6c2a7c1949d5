package io.trunkline.aircall.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * An attempt failed in a way another attempt may fix: the connection failed, Aircall answered 5xx,
 * or it answered 429. Only {@link RequestExecutor} sees this type; once retries are exhausted it is
 * turned into a public exception by {@link ErrorMapper#exhausted}.
 */
final class TransientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind { CONNECTION, SERVER_ERROR, RATE_LIMITED }

    private final Kind kind;
    private final int status;
    private final String vendorMessage;
    private final transient Duration waitHint;

    private TransientFailure(Kind kind, int status, String vendorMessage, Duration waitHint, IOException cause) {
        super(kind + (status > 0 ? " " + status : ""), cause, false, false);
        this.kind = kind;
        this.status = status;
        this.vendorMessage = vendorMessage;
        this.waitHint = waitHint;
    }

    static TransientFailure connection(IOException cause) {
        return new TransientFailure(Kind.CONNECTION, 0, null, null, cause);
    }

    static TransientFailure serverError(int status, String vendorMessage) {
        return new TransientFailure(Kind.SERVER_ERROR, status, vendorMessage, null, null);
    }

    static TransientFailure rateLimited(String vendorMessage, Duration waitHint) {
        return new TransientFailure(Kind.RATE_LIMITED, 429, vendorMessage, waitHint, null);
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    String vendorMessage() {
        return vendorMessage;
    }

    /** @return how long the server asked to wait (429 only), when it said */
    Optional<Duration> waitHint() {
        return Optional.ofNullable(waitHint);
    }

    IOException ioCause() {
        return (IOException) getCause();
    }
}
