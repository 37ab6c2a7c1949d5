/**
 * Implementation of the Aircall side: the endpoints Trunkline calls ({@link AircallEndpoints}), the
 * Retrofit interface, error mapping, the client-side rate-limit pacer, pagination, the runbook and
 * the assumption ledger.
 *
 * <p><b>Not public API.</b> Types here may change or disappear in any release; use
 * {@link io.trunkline.aircall.AircallClient} and {@link io.trunkline.aircall.AircallContactCenter}
 * instead.
 */
package io.trunkline.aircall.internal;
