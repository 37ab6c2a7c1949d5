package io.trunkline.core.spi;

import io.trunkline.core.model.PhoneNumber;

/**
 * A contact-center line (an Aircall number).
 *
 * @param id the Line ID
 * @param name its name
 * @param number its DID
 * @param smartflowManaged whether its routing is edited with Smartflows
 * @param timeZone its IANA time zone, may be {@code null}
 */
public record LineState(long id, String name, PhoneNumber number, boolean smartflowManaged, String timeZone) {
}
