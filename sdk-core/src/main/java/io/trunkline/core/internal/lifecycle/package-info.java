/** Implementation of the lifecycle engine's storage and renderings. Internal: not public API. */
package io.trunkline.core.internal.lifecycle;
