/**
 * Not API: the simulated Aircall Public API, one class per resource (numbers, teams, users, calls,
 * webhooks) behind the {@link io.trunkline.testkit.internal.aircall.AircallApi} router, sharing one
 * {@link io.trunkline.testkit.internal.aircall.AircallStore}. May change in any release.
 */
package io.trunkline.testkit.internal.aircall;
