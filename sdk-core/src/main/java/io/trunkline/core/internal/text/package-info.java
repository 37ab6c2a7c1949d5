/** Text helpers for messages. Internal: not part of Trunkline's public API. */
package io.trunkline.core.internal.text;
