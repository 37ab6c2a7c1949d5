package io.trunkline.testkit.internal;

/**
 * Ends the handling of a request with an error response. Thrown by validation deep inside a
 * simulated endpoint so that each endpoint reads as its happy path.
 */
public final class ApiError extends RuntimeException {

    private final transient SimResponse response;

    /** @param response the error response to send */
    public ApiError(SimResponse response) {
        super("simulated API error " + response.status(), null, false, false);
        this.response = response;
    }

    /** @return the error response */
    public SimResponse response() {
        return response;
    }
}
