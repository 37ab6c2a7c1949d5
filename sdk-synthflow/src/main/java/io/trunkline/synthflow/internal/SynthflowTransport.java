package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.internal.time.WaitLog;
import io.trunkline.core.time.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends one operation, retrying it when that is safe, and returns the raw success body.
 *
 * <p>Retry policy: GET, PUT, PATCH and DELETE are repeated on I/O failures, 5xx and 429, up to
 * {@code maxAttempts} in total, waiting per {@link FullJitterBackoff}. A POST is sent exactly once
 * (Synthflow has no idempotency keys). Anything else (400, 401, 403, 404, 422…) fails at once. The
 * attempt bookkeeping is resilience4j's ({@link Retry.AsyncContext}, which reports the delay rather
 * than sleeping), and every wait goes through the injected {@link Sleeper}, so tests run instantly.
 *
 * <p>Logs at DEBUG: method, path, status and attempt — never headers, query strings or bodies.
 */
public final class SynthflowTransport {

    private static final Logger LOG = LoggerFactory.getLogger(SynthflowTransport.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper;
    private final ErrorTranslator translator;
    private final Retry retry;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param mapper the client's mapper
     * @param translator the error translator
     * @param maxAttempts attempts in total for an idempotent operation, at least 1
     * @param backoff the wait policy between attempts
     * @param sleeper performs the waits
     * @param clock reads the time to interpret a {@code Retry-After} date
     */
    public SynthflowTransport(ObjectMapper mapper, ErrorTranslator translator, int maxAttempts,
                              FullJitterBackoff backoff, Sleeper sleeper, Clock clock) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.translator = Objects.requireNonNull(translator, "translator");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retry = Retry.of("synthflow", RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .retryOnException(RetryableFailure.class::isInstance)
                .intervalBiFunction(Objects.requireNonNull(backoff, "backoff"))
                .build());
    }

    /**
     * Serialises a request body as {@code application/json}, omitting {@code null} fields.
     *
     * @param operation the operation, named if serialisation fails
     * @param body the DTO
     * @return the body
     */
    public RequestBody json(Operation operation, Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            // Never include e's message: it may quote field values.
            throw new TrunklineException(ErrorTranslator.VENDOR + " " + operation.name()
                    + " failed: the request body could not be written as JSON (" + e.getClass().getSimpleName()
                    + "); this is a Trunkline bug, please report it");
        }
    }

    /**
     * Executes an operation.
     *
     * @param operation the operation
     * @param calls makes a fresh call for each attempt
     * @return the success body, possibly empty
     * @throws TrunklineException subtypes as mapped by {@link ErrorTranslator}
     */
    public String execute(Operation operation, Supplier<Call<ResponseBody>> calls) {
        Retry.AsyncContext<Object> context = retry.asyncContext();
        for (int attempt = 1; ; attempt++) {
            try {
                String body = attempt(operation, calls.get(), attempt);
                context.onComplete();
                return body;
            } catch (RetryableFailure failure) {
                long delayMillis = operation.idempotent() ? context.onError(failure) : -1L;
                if (delayMillis < 0) {
                    throw failure.toException(translator, operation, attempt);
                }
                pause(operation, Duration.ofMillis(delayMillis), attempt, failure);
            }
        }
    }

    private String attempt(Operation operation, Call<ResponseBody> call, int attempt) throws RetryableFailure {
        Request request = call.request();
        Response<ResponseBody> response;
        String body;
        try {
            response = call.execute();
            try (ResponseBody raw = response.isSuccessful() ? response.body() : response.errorBody()) {
                body = raw == null ? "" : raw.string();
            }
        } catch (IOException e) {
            LOG.debug("Synthflow {} {} -> I/O failure {} (attempt {})", request.method(),
                    request.url().encodedPath(), e.getClass().getSimpleName(), attempt);
            throw RetryableFailure.io(e);
        }
        int status = response.code();
        LOG.debug("Synthflow {} {} -> {} (attempt {})", request.method(), request.url().encodedPath(), status,
                attempt);
        if (response.isSuccessful()) {
            return body;
        }
        String contentType = response.headers().get("Content-Type");
        VendorError error = translator.parse(body, contentType);
        Duration retryAfter = retryAfter(response.headers().get("Retry-After"));
        if (status == 429 || status >= 500) {
            throw RetryableFailure.http(status, error, retryAfter);
        }
        throw translator.httpFailure(operation, status, error, retryAfter, attempt);
    }

    private void pause(Operation operation, Duration delay, int attempt, RetryableFailure failure) {
        // The message is "HTTP <status>" or "I/O failure": never a body, a header or a key.
        LOG.atLevel(WaitLog.level(delay)).log("Waiting {} before retrying Synthflow {} ({} {}; attempt {} failed: {})",
                WaitLog.show(delay), operation.name(), operation.method(), operation.path(), attempt,
                failure.getMessage());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw translator.interrupted(operation, e);
        }
    }

    /** Reads {@code Retry-After} as delta-seconds or an HTTP date; {@code null} when absent or unreadable. */
    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
