package io.trunkline.spring.boot.internal;

import io.trunkline.core.exception.AuthenticationException;
import io.trunkline.core.exception.RateLimitedException;
import io.trunkline.core.exception.VendorApiException;
import io.trunkline.core.exception.VendorConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * One vendor's health: a single cheap, documented read (its {@link VendorProbe}), whose result is
 * reused for a configurable time so that health polling never eats into a vendor's rate limit.
 * Reports up, authentication refused, unreachable, rate-limited or a vendor error, with the
 * endpoint and what to check; never an exception message, a response body or a credential.
 */
public final class VendorHealthIndicator implements HealthIndicator, AutoCloseable {

    private final VendorProbe probe;
    private final Duration timeToLive;
    private final Clock clock;
    private Health last;
    private Instant checkedAt;

    /**
     * @param probe the vendor's read
     * @param timeToLive how long a result is reused
     * @param clock the clock that ages results
     */
    public VendorHealthIndicator(VendorProbe probe, Duration timeToLive, Clock clock) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Synchronized: concurrent health requests share one check instead of each sending one. */
    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(timeToLive))) {
            last = check().withDetail("checkedAt", now.toString()).build();
            checkedAt = now;
        }
        return last;
    }

    private Health.Builder check() {
        Health.Builder health = base();
        try {
            probe.read().run();
            return health.up();
        } catch (AuthenticationException e) {
            return health.down().withDetail("reason", "authentication refused (HTTP " + e.statusCode() + ")")
                    .withDetail("fix", probe.credentialsFix());
        } catch (RateLimitedException e) {
            // reachable and, as far as the vendor said, authenticated: neither up nor down
            return health.unknown().withDetail("reason", "rate limited (HTTP 429); checked again after the cache expires");
        } catch (VendorApiException e) {
            return health.down().withDetail("reason", "vendor error (HTTP " + e.statusCode() + ")");
        } catch (VendorConnectionException e) {
            return health.down().withDetail("reason", "unreachable: no usable answer (connection refused or reset, "
                    + "timeout, or an unreadable body)")
                    .withDetail("fix", "check the network path to " + withoutUserInfo(probe.baseUrl()));
        } catch (RuntimeException e) {
            // never let a surprise escape into the health endpoint; its message is not shown (it may quote input)
            return health.down().withDetail("reason", "the check failed: " + e.getClass().getSimpleName());
        }
    }

    private Health.Builder base() {
        return new Health.Builder().withDetail("vendor", probe.vendor()).withDetail("endpoint", probe.endpoint())
                .withDetail("baseUrl", withoutUserInfo(probe.baseUrl()));
    }

    /** A base URL may carry {@code user:password@}; the health report never shows it. */
    static String withoutUserInfo(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? "(not a URL)" : parsed.newBuilder().username("").password("").build().toString();
    }

    /** Closes the probe's client. */
    @Override
    public void close() {
        probe.close();
    }
}
