/**
 * The Aircall side of a Trunkline integration: {@link io.trunkline.aircall.AircallContactCenter}
 * implements sdk-core's {@link io.trunkline.core.spi.ContactCenter} port on top of
 * {@link io.trunkline.aircall.AircallClient}.
 *
 * <p>Lines, teams and users are read through Aircall's REST API. The SIP destination and the
 * Smartflow are dashboard-only (Aircall has no API for them), so they come back as manual runbook
 * steps with exact values, confirmed by the caller.
 */
package io.trunkline.aircall;
