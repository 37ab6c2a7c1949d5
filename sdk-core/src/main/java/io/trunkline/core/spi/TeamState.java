package io.trunkline.core.spi;

/**
 * A contact-center team.
 *
 * @param id the Team ID
 * @param name its name
 * @param userCount how many users it rings
 */
public record TeamState(long id, String name, int userCount) {
}
