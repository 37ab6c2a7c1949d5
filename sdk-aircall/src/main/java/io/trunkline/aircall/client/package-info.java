/**
 * The Aircall Public REST API as typed Java: {@link io.trunkline.aircall.client.AircallClient} (the
 * facade), {@link io.trunkline.aircall.client.AircallConfig} (credentials, base URL, timeouts, rate
 * limit, retries) and records one-to-one with the JSON Aircall documents (numbers, teams, users,
 * calls, webhooks).
 *
 * <p>Only endpoints listed in Trunkline's Aircall reference are called. Lists are lazy streams that
 * follow {@code meta.next_page_link}; requests are paced client-side to stay inside Aircall's
 * per-company rate limit; reads are retried with backoff, creates never blindly.
 */
package io.trunkline.aircall.client;
