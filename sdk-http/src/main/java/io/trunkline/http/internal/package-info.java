/**
 * Not API: the HTTP pipeline both vendor modules share — the retry loop on resilience4j, full-jitter
 * backoff, {@code Retry-After} parsing, the error-mapping skeleton with vendor hooks, and the OkHttp
 * and Retrofit wiring. Anything here may change in any release; depend on
 * {@link io.trunkline.http.HttpOptions} and the vendor clients instead.
 */
package io.trunkline.http.internal;
