package io.trunkline.http.internal;

/**
 * The one rule for whether a failed request may be sent again. The pipeline retries by it, and
 * {@link ErrorMapping} reports it as {@link io.trunkline.core.exception.TrunklineException#retryable()},
 * so the exception never promises a retry the pipeline would refuse.
 */
final class RetryRule {

    private RetryRule() {
    }

    /**
     * @param status an answer's HTTP status
     * @return whether another attempt may get a different answer: 429 (the limit resets) and 5xx (the
     *         vendor's fault); every other status answers the same request the same way
     */
    static boolean transientStatus(int status) {
        return status == 429 || status >= 500;
    }

    /**
     * @param op the operation
     * @param status the answer's HTTP status, or 0 when no answer came (connection failure, timeout)
     * @return whether sending it again may succeed and is safe: a transient failure of an idempotent
     *         operation. A POST never is: neither vendor has idempotency keys, so a repeat could duplicate.
     */
    static boolean retryable(Operation op, int status) {
        return op.idempotent() && (status == 0 || transientStatus(status));
    }
}
