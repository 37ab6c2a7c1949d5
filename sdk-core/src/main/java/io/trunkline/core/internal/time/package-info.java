/** How waits are reported. Internal: not part of Trunkline's public API. */
package io.trunkline.core.internal.time;
