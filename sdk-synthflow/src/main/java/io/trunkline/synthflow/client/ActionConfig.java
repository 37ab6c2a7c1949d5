package io.trunkline.synthflow.client;

/**
 * The configuration of one action, sent as the value under its type's key
 * ({@code {"<ACTION_TYPE>": config}}). Only the types Trunkline needs are modelled.
 */
public sealed interface ActionConfig permits LiveTransferConfig {

    /** @return the type, which becomes the body's single key */
    ActionType actionType();
}
