/** Network helpers shared by the vendor modules. Internal: not part of Trunkline's public API. */
package io.trunkline.core.internal.net;
