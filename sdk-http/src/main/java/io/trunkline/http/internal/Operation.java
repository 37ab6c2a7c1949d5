package io.trunkline.http.internal;

/**
 * One vendor operation as users name it ("get number 42", "import custom number"), as the pipeline
 * needs it: for messages, logs and listener events, and to know whether repeating it is safe.
 */
public interface Operation {

    /** @return the operation in domain words, used in messages and logs */
    String name();

    /**
     * @return whether sending it twice has the effect of sending it once (GET, PUT, PATCH, DELETE);
     *         only these are retried. A POST never is: neither vendor has idempotency keys.
     */
    boolean idempotent();
}
