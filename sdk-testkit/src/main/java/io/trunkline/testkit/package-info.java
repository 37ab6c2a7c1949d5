/**
 * In-process, stateful simulators of the Synthflow and Aircall REST APIs for tests and harnesses.
 *
 * <p>{@link io.trunkline.testkit.SynthflowSimulator} and {@link io.trunkline.testkit.AircallSimulator}
 * are WireMock servers on a random local port that behave like the vendors' documented APIs:
 * envelopes, pagination, validation, authentication errors and (for Aircall) rate limits. Both
 * offer fault injection ({@link io.trunkline.testkit.SimulatedFault}), a request journal
 * ({@link io.trunkline.testkit.RecordedRequest}), read-only state snapshots and {@code reset()}.
 * {@link io.trunkline.testkit.TrunklineSimulators} wires them into JUnit 5 tests.
 *
 * <pre>{@code
 * try (SynthflowSimulator synthflow = SynthflowSimulator.builder().build()) {
 *     String baseUrl = synthflow.baseUrl();          // e.g. http://127.0.0.1:53817/v2
 *     String key = synthflow.apiKey().reveal();      // send as "Authorization: Bearer <key>"
 * }
 * }</pre>
 */
package io.trunkline.testkit;
