/**
 * Records one-to-one with the JSON Aircall documents (numbers, teams, users, calls, the envelopes
 * and page {@code meta} around them), read by {@link io.trunkline.aircall.internal.AircallEndpoints}.
 *
 * <p><b>Not public API.</b> Types here may change or disappear in any release; integrations use
 * {@link io.trunkline.aircall.AircallContactCenter}.
 */
package io.trunkline.aircall.internal.wire;
