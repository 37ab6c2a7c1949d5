/**
 * Implementation of the Aircall client: the Retrofit interface, OkHttp interceptors, error mapping,
 * the client-side rate-limit pacer, retries and pagination.
 *
 * <p><b>Not public API.</b> Types here may change or disappear in any release; use
 * {@link io.trunkline.aircall.client.AircallClient} instead.
 */
package io.trunkline.aircall.internal;
