package io.trunkline.core.spi;

import io.trunkline.core.model.TransferMode;
import java.time.Duration;

/**
 * A transfer action as read from the agent platform.
 *
 * @param id the platform's action id
 * @param phone the number it dials, as stored, may be {@code null}
 * @param mode its transfer mode, may be {@code null} when unreadable
 * @param instructions when it transfers, may be {@code null}
 * @param initiatingMessage what it says first, may be {@code null}
 * @param timeout how long it tries, may be {@code null}
 */
public record TransferActionState(String id, String phone, TransferMode mode, String instructions,
                                  String initiatingMessage, Duration timeout) {
}
