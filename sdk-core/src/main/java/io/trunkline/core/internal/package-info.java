/**
 * Implementation details of sdk-core. Nothing under {@code io.trunkline.core.internal} is public API;
 * it may change in any release.
 */
package io.trunkline.core.internal;
