/**
 * Implementation of the simulators. <strong>Not public API:</strong> anything here may change
 * without notice; use the types in {@code io.trunkline.testkit}.
 */
package io.trunkline.testkit.internal;
