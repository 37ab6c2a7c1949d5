package io.trunkline.aircall.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.trunkline.aircall.client.AircallConfig;
import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.time.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.Predicate;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends one Aircall operation: waits for the {@link RequestPacer}, executes, adapts the pacer to
 * the rate-limit headers, maps errors, and retries what may be retried.
 *
 * <p>The retry <em>policy</em> (attempt budget, what is retryable, the interval) is a resilience4j
 * {@link Retry}; the <em>waiting</em> goes through the injected {@link Sleeper}. That is why the
 * executor drives a {@link Retry.AsyncContext}, which returns the interval instead of sleeping:
 * resilience4j's synchronous context sleeps through a JVM-global function that tests could not
 * replace per client.
 *
 * <p>Policy, in order: a 429 waits until {@code X-AircallApi-Reset} or {@code Retry-After} when given
 * (failing at once if that exceeds {@code maxRateLimitWait}), else backs off; connection failures and
 * 5xx back off exponentially with full jitter — but only for idempotent operations; a create is
 * sent once, even after a 429, because Aircall does not state that a 429 means nothing was done
 * (assumption AC-429-BEFORE-WORK). Other statuses are final.
 * Logs go to DEBUG with method, path, status, attempt and remaining budget — never headers or bodies.
 */
public final class RequestExecutor {

    /** The {@code X-AircallApi-*} headers of the last answer, as received: what preflight inspects. */
    private volatile java.util.Map<String, String> lastRateLimitHeaders = java.util.Map.of();

    /** @return the {@code X-AircallApi-*} headers of the last answer, empty when it had none */
    public java.util.Map<String, String> lastRateLimitHeaders() {
        return lastRateLimitHeaders;
    }


    private static final Logger LOG = LoggerFactory.getLogger(RequestExecutor.class);

    private final RequestPacer pacer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ObjectMapper mapper;
    private final Duration maxRateLimitWait;
    private final Retry idempotentRetry;
    private final Retry createRetry;

    /**
     * @param config the client configuration
     * @param pacer the pacer shared by every request of the client
     * @param mapper reads error bodies
     */
    public RequestExecutor(AircallConfig config, RequestPacer pacer, ObjectMapper mapper) {
        this.pacer = pacer;
        this.clock = config.clock();
        this.sleeper = config.sleeper();
        this.mapper = mapper;
        this.maxRateLimitWait = config.maxRateLimitWait();
        Random random = config.jitterSeed().map(Random::new).orElseGet(Random::new);
        IntervalBiFunction<Object> interval = new RetryInterval(config, random);
        this.idempotentRetry = retry("aircall-idempotent", config.maxAttempts(), interval,
                failure -> failure instanceof TransientFailure);
        // A create is sent once, even after a 429: Aircall does not state that a 429 means nothing was
        // done (AC-429-BEFORE-WORK), and a repeated create could duplicate.
        this.createRetry = retry("aircall-create", 1, interval, failure -> false);
    }

    private static Retry retry(String name, int maxAttempts, IntervalBiFunction<Object> interval,
                               Predicate<Throwable> retryable) {
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction(interval)
                .retryOnException(retryable)
                .build());
    }

    /**
     * Executes an operation whose success carries a body.
     *
     * @param op the operation
     * @param call a not-yet-executed call; it is cloned per attempt
     * @param <T> the body type
     * @return the body
     */
    public <T> T execute(Operation op, Call<T> call) {
        Response<T> response = run(op, call);
        if (response.body() == null) {
            throw ErrorMapper.emptyBody(op, response.code());
        }
        return response.body();
    }

    /**
     * Executes an operation whose success has no body worth reading (e.g. DELETE).
     *
     * @param op the operation
     * @param call a not-yet-executed call; it is cloned per attempt
     */
    public void executeWithoutBody(Operation op, Call<Void> call) {
        run(op, call);
    }

    private <T> Response<T> run(Operation op, Call<T> call) {
        Retry.AsyncContext<Object> context = (op.idempotent() ? idempotentRetry : createRetry).asyncContext();
        for (int attempt = 1; ; attempt++) {
            try {
                Response<T> response = attempt(op, call.clone(), attempt);
                context.onComplete();
                return response;
            } catch (TransientFailure failure) {
                long delayMillis = context.onError(failure);
                if (delayMillis < 0) {
                    throw ErrorMapper.exhausted(op, failure, attempt, maxRateLimitWait);
                }
                Duration delay = Duration.ofMillis(delayMillis);
                LOG.atLevel(WaitLog.level(delay)).log("Waiting {} before retrying Aircall {} (attempt {} failed: {})",
                        WaitLog.show(delay), op.name(), attempt, failure.getMessage());
                sleep(op, delay);
            }
        }
    }

    private <T> Response<T> attempt(Operation op, Call<T> call, int attempt) {
        Request request = call.request();
        sleep(op, null);
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonProcessingException e) {
            throw ErrorMapper.unreadable(op, e);
        } catch (IOException e) {
            if (LOG.isDebugEnabled()) { // remaining() walks the reservations: only pay for it when logging
                LOG.debug("Aircall {} {} -> {} (attempt {}, budget remaining {})", request.method(),
                        request.url().encodedPath(), e.getClass().getSimpleName(), attempt, pacer.remaining());
            }
            throw TransientFailure.connection(e);
        }
        RateLimitHeaders limits = RateLimitHeaders.from(response.headers(), clock);
        lastRateLimitHeaders = RateLimitHeaders.raw(response.headers());
        pacer.observe(limits);
        LOG.debug("Aircall {} {} -> {} (attempt {}, budget remaining {})", request.method(),
                request.url().encodedPath(), response.code(), attempt, pacer.remaining());
        if (response.isSuccessful()) {
            return response;
        }
        String vendorMessage = ErrorBody.message(response.errorBody(), mapper);
        int status = response.code();
        if (status == 429) {
            Duration hint = limits.waitHint(clock.instant()).orElse(null);
            if (hint != null) {
                pacer.pauseUntil(clock.instant().plus(hint));
            }
            throw TransientFailure.rateLimited(vendorMessage, hint);
        }
        if (status >= 500) {
            throw TransientFailure.serverError(status, vendorMessage);
        }
        throw ErrorMapper.definitive(op, status, vendorMessage);
    }

    /** Waits {@code duration}, or for the pacer's permit when {@code duration} is {@code null}. */
    private void sleep(Operation op, Duration duration) {
        try {
            if (duration == null) {
                pacer.acquire();
            } else if (!duration.isZero()) {
                sleeper.sleep(duration);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrorMapper.interrupted(op, e);
        }
    }
}
