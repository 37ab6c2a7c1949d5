package io.trunkline.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Something that goes wrong with one simulated request, for testing how a client copes.
 *
 * <p>Except for {@link Delay} and {@link AfterCommit}, a fault replaces the response and the
 * request never reaches the simulated vendor: its state does not change. {@link AfterCommit} is
 * the opposite case, where the vendor did the work but the client cannot know it (the request
 * is applied, then the response is lost or replaced by an error) — the situation that idempotent,
 * resumable clients must survive.
 *
 * <pre>{@code
 * synthflow.faults().next(2, "POST", "/v2/custom-numbers", SimulatedFault.serverError(503));
 * synthflow.faults().next(1, "PUT", "/v2/assistants/*", SimulatedFault.crashAfterCommit());
 * }</pre>
 */
public sealed interface SimulatedFault {

    /**
     * A 5xx response with a JSON body, or none.
     *
     * @param status the status, 500–599
     * @param body the body sent as {@code application/json}; empty for none
     */
    record ServerError(int status, String body) implements SimulatedFault {
        /**
         * Checks the status range.
         *
         * @param status the status, 500–599
         * @param body the JSON body; not null, empty for no body
         * @throws IllegalArgumentException if the status is not 500–599
         */
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("status must be 500-599, got " + status);
            }
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A 429 response carrying a {@code Retry-After} header in whole seconds.
     *
     * @param retryAfter the advertised wait, rounded up to whole seconds
     */
    record TooManyRequests(Duration retryAfter) implements SimulatedFault {
        /**
         * Checks the wait is not negative.
         *
         * @param retryAfter the advertised wait; not null, zero or more; sent rounded up to whole seconds
         * @throws IllegalArgumentException if the wait is negative
         */
        public TooManyRequests {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
        }
    }

    /** The server resets the TCP connection instead of answering (WireMock's CONNECTION_RESET_BY_PEER). */
    record ConnectionReset() implements SimulatedFault {
    }

    /**
     * The normal response, after a fixed delay. The request is applied as usual.
     *
     * @param delay how long the server waits before answering
     */
    record Delay(Duration delay) implements SimulatedFault {
        /**
         * Checks the delay is not negative.
         *
         * @param delay how long the server waits before answering; not null, zero or more
         * @throws IllegalArgumentException if the delay is negative
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /** A 200 response declared as JSON whose body is cut off half-way, so it cannot be parsed. */
    record MalformedBody() implements SimulatedFault {
    }

    /**
     * An HTML error page, as a load balancer or gateway in front of the API would send it.
     *
     * @param status the status, e.g. 502
     */
    record HtmlErrorPage(int status) implements SimulatedFault {
    }

    /**
     * A response with the given status and no body at all.
     *
     * @param status the status, e.g. 200 where the client expects JSON
     */
    record EmptyBody(int status) implements SimulatedFault {
    }

    /**
     * Applies the request to the simulator's state, then answers with {@code response} instead of
     * the real result: the vendor did the work, the client does not know.
     *
     * @param response what the client gets; neither a {@link Delay} nor another {@link AfterCommit}
     */
    record AfterCommit(SimulatedFault response) implements SimulatedFault {
        /**
         * Rejects faults that would not hide the result.
         *
         * @param response what the client gets instead of the real result; not null, neither a
         *     {@link Delay} nor another {@link AfterCommit}
         * @throws IllegalArgumentException if {@code response} is a {@link Delay} or an {@link AfterCommit}
         */
        public AfterCommit {
            Objects.requireNonNull(response, "response");
            if (response instanceof Delay || response instanceof AfterCommit) {
                throw new IllegalArgumentException("after-commit needs a response-replacing fault, got " + response);
            }
        }
    }

    /**
     * @param status 500–599
     * @return a 5xx response with an empty body
     */
    static SimulatedFault serverError(int status) {
        return new ServerError(status, "");
    }

    /**
     * @param status 500–599
     * @param jsonBody the body, sent as {@code application/json}
     * @return a 5xx response with that body
     */
    static SimulatedFault serverError(int status, String jsonBody) {
        return new ServerError(status, jsonBody);
    }

    /**
     * @param retryAfter the advertised wait ({@code Retry-After}, whole seconds, rounded up)
     * @return a 429 response
     */
    static SimulatedFault tooManyRequests(Duration retryAfter) {
        return new TooManyRequests(retryAfter);
    }

    /** @return a connection reset instead of a response */
    static SimulatedFault connectionReset() {
        return new ConnectionReset();
    }

    /**
     * @param delay how long to hold the response; keep it small in tests
     * @return the normal response, late
     */
    static SimulatedFault delay(Duration delay) {
        return new Delay(delay);
    }

    /** @return a 200 response with truncated JSON */
    static SimulatedFault malformedBody() {
        return new MalformedBody();
    }

    /**
     * @param status e.g. 502 or 503
     * @return an HTML error page with that status
     */
    static SimulatedFault htmlErrorPage(int status) {
        return new HtmlErrorPage(status);
    }

    /**
     * @param status the status to send
     * @return a response without a body
     */
    static SimulatedFault emptyBody(int status) {
        return new EmptyBody(status);
    }

    /** @return the request is applied, then a 500 with an empty body is returned */
    static SimulatedFault crashAfterCommit() {
        return new AfterCommit(serverError(500));
    }

    /**
     * @param response what the client gets instead of the real result
     * @return the request is applied, then {@code response} is returned
     */
    static SimulatedFault afterCommit(SimulatedFault response) {
        return new AfterCommit(response);
    }
}
