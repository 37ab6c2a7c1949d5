package io.trunkline.core.spi;

/**
 * A contact-center user (agent).
 *
 * @param id the User ID
 * @param name the user's name
 */
public record UserState(long id, String name) {
}
