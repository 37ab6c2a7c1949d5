/**
 * Time abstractions. Trunkline takes {@link java.time.Clock} and {@link io.trunkline.core.time.Sleeper}
 * from the caller wherever it waits, so that waits are testable without real time passing.
 */
package io.trunkline.core.time;
