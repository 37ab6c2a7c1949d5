/**
 * How the vendor clients talk HTTP: {@link io.trunkline.http.HttpOptions} (timeouts, User-Agent, a
 * shared OkHttp client, the retry policy) and {@link io.trunkline.http.HttpListener} (events for
 * metrics). Both {@code AircallConfig} and {@code SynthflowConfig} take the same options.
 */
package io.trunkline.http;
