package io.trunkline.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.time.Sleeper;
import io.trunkline.http.HttpListener;
import io.trunkline.http.HttpOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends one vendor operation: waits for the vendor's permit (a hook), executes, maps errors, and
 * retries what may be retried. Both vendor clients send every request through one of these.
 *
 * <p>Policy, in order ({@link RetryRule}): a POST is sent once, whatever happens (no vendor offers idempotency keys, so
 * a repeat could duplicate); an I/O failure, a 429 or a 5xx of any other method is retried up to
 * {@link HttpOptions#maxAttempts()} attempts, waiting what the vendor asked for when it said, else a
 * full-jitter backoff ({@link RetryInterval}); every other status is final. A success body that is
 * not the documented JSON is final too, never retried.
 *
 * <p>The attempt budget and interval are a resilience4j {@link Retry}; the <em>waiting</em> goes
 * through the injected {@link Sleeper}, which is why the pipeline drives a {@link Retry.AsyncContext}
 * (it returns the interval instead of sleeping). The context is made only once an attempt has failed:
 * the common case, a first attempt that succeeds, costs no retry bookkeeping at all.
 *
 * <p>Logs go to the logger {@code io.trunkline.<vendor>.http}: DEBUG with method, path, status and
 * attempt; retry waits at INFO when longer than a second. Never headers, query strings or bodies.
 */
public final class HttpPipeline {

    private static final int MAX_ERROR_BYTES = 64 * 1024;

    /** What a vendor adds around each attempt. Every method has a do-nothing default. */
    public interface Hooks {

        /**
         * Called before every attempt, e.g. to wait for a client-side rate-limit permit.
         *
         * @return how long it waited
         * @throws InterruptedException if interrupted while waiting
         */
        default Duration beforeAttempt() throws InterruptedException {
            return Duration.ZERO;
        }

        /** @param answer every answer's raw response, success or not, e.g. to read rate-limit headers */
        default void observe(okhttp3.Response answer) {
        }

        /**
         * @param answer a 429 or 5xx answer
         * @param retryAfter what its {@code Retry-After} says, or {@code null}
         * @return how long the vendor asked to wait, or {@code null} when it did not say
         */
        default Duration waitHint(okhttp3.Response answer, Duration retryAfter) {
            return retryAfter;
        }
    }

    private final Logger log;
    private final ErrorMapping errors;
    private final Hooks hooks;
    private final Retry retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpListener listener;

    /**
     * @param options the retry policy, clock, sleeper and listener
     * @param errors the vendor's error mapping
     * @param hooks the vendor's additions around each attempt
     */
    public HttpPipeline(HttpOptions options, ErrorMapping errors, Hooks hooks) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        // One logger per vendor ("io.trunkline.aircall.http"), so users can tune each vendor's HTTP logs.
        this.log = LoggerFactory.getLogger("io.trunkline." + errors.vendor().displayName().toLowerCase(Locale.ROOT) + ".http");
        this.sleeper = options.sleeper();
        this.clock = options.clock();
        this.listener = options.listener().orElse(null);
        this.retry = Retry.of(errors.vendor().displayName(), RetryConfig.custom()
                .maxAttempts(options.maxAttempts())
                .intervalBiFunction(new RetryInterval(options))
                .retryOnException(TransientFailure.class::isInstance)
                .build());
    }

    /**
     * Executes an operation whose success carries a body.
     *
     * @param op the operation
     * @param call a call not yet executed; cloned for each retry
     * @param <T> the body type
     * @return the body
     */
    public <T> T execute(Operation op, Call<T> call) {
        Response<T> response = send(op, call);
        if (response.body() == null) {
            throw errors.unreadable(op, "status " + response.code() + " came without a body", null);
        }
        return response.body();
    }

    /**
     * Executes an operation, retrying when that is safe.
     *
     * @param op the operation
     * @param call a call not yet executed; cloned for each retry
     * @param <T> the body type
     * @return the successful response
     */
    public <T> Response<T> send(Operation op, Call<T> call) {
        if (op.idempotent() && "POST".equals(call.request().method())) {
            throw new IllegalStateException(op.name() + " is a POST and cannot be declared idempotent");
        }
        Retry.AsyncContext<Object> context = null;
        Call<T> next = call;
        for (int attempt = 1; ; attempt++) {
            try {
                Response<T> response = attempt(op, next, attempt);
                if (context != null) {
                    context.onComplete();
                }
                return response;
            } catch (TransientFailure failure) {
                long delayMillis = -1L;
                if (RetryRule.retryable(op, failure.status())) {
                    context = context == null ? retry.asyncContext() : context;
                    delayMillis = context.onError(failure);
                }
                if (delayMillis < 0) {
                    throw failure.toException(errors, op, next.request(), attempt);
                }
                waitBeforeRetry(op, next, attempt, failure, Duration.ofMillis(delayMillis));
                next = next.clone();
            }
        }
    }

    private <T> Response<T> attempt(Operation op, Call<T> call, int attempt) throws TransientFailure {
        awaitPermit(op);
        long start = System.nanoTime();
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonProcessingException e) {
            throw errors.unreadable(op, call.request(), e);
        } catch (IOException e) {
            finished(op, call, attempt, 0, start);
            throw TransientFailure.connection(e);
        }
        int status = response.code();
        finished(op, call, attempt, status, start);
        hooks.observe(response.raw());
        if (response.isSuccessful()) {
            return response;
        }
        VendorError error = errors.parse(read(response.errorBody()), response.headers().get("Content-Type"));
        Duration retryAfter = RetryAfter.parse(response.headers().get(RetryAfter.HEADER), clock);
        if (RetryRule.transientStatus(status)) {
            throw TransientFailure.answer(status, error, hooks.waitHint(response.raw(), retryAfter));
        }
        throw errors.httpFailure(op, new HttpFailure(status, error, retryAfter, attempt, call.request()));
    }

    private void awaitPermit(Operation op) {
        try {
            Duration waited = hooks.beforeAttempt();
            if (listener != null && !waited.isZero()) {
                listener.rateLimitWait(new HttpListener.RateLimitWait(errors.vendor(), op.name(), waited));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.interrupted(op, e);
        }
    }

    private void finished(Operation op, Call<?> call, int attempt, int status, long startNanos) {
        if (listener != null) {
            listener.attemptFinished(new HttpListener.Attempt(errors.vendor(), op.name(), attempt, status,
                    Duration.ofNanos(System.nanoTime() - startNanos)));
        }
        if (log.isDebugEnabled()) {
            log.debug("{} {} {} -> {} (attempt {})", errors.vendor().displayName(), call.request().method(),
                    call.request().url().encodedPath(), status == 0 ? "no answer" : status, attempt);
        }
    }

    private void waitBeforeRetry(Operation op, Call<?> call, int attempt, TransientFailure failure, Duration delay) {
        if (listener != null) {
            listener.retryScheduled(new HttpListener.Retry(errors.vendor(), op.name(), attempt, failure.status(), delay));
        }
        // The failure's message is "HTTP <status>" or "connection failure (<type>)": never a body or a key.
        log.atLevel(WaitLog.level(delay)).log("Waiting {} before retrying {} {} ({} {}; attempt {} failed: {})",
                WaitLog.show(delay), errors.vendor().displayName(), op.name(), call.request().method(),
                call.request().url().encodedPath(), attempt, failure.getMessage());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.interrupted(op, e);
        }
    }

    /** Reads at most 64 KiB of an error body: enough for any message, and bounded against a hostile proxy. */
    private static String read(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body; InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
