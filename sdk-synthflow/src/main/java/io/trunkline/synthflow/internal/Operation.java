package io.trunkline.synthflow.internal;

import java.util.Objects;

/**
 * One Synthflow API operation as users would name it, with the facts error messages and the retry
 * policy need: its HTTP method and path (for logs), whether repeating it is safe, and for a POST
 * how to find out whether an attempt with an unknown outcome took effect.
 *
 * @param name the operation in domain words, e.g. {@code "import custom number"}
 * @param method the HTTP method
 * @param path the documented path template, e.g. {@code "/numbers/{phone_number_slug}"}
 * @param rereadHint for a POST, how to re-read by natural key before trying again; otherwise empty
 */
public record Operation(String name, String method, String path, String rereadHint)
        implements io.trunkline.http.internal.Operation {

    /** {@code POST /custom-numbers}. */
    public static final Operation IMPORT_CUSTOM_NUMBER = post("import custom number", "/custom-numbers",
            "get the number by its slug (the DID without '+') to see whether it was imported");
    /** {@code GET /numbers}. */
    public static final Operation LIST_NUMBERS = of("list numbers", "GET", "/numbers");
    /** {@code GET /numbers/{phone_number_slug}}. */
    public static final Operation GET_NUMBER = of("get number", "GET", "/numbers/{phone_number_slug}");
    /** {@code PATCH /numbers/{phone_number_slug}}. */
    public static final Operation UPDATE_NUMBER = of("update number", "PATCH", "/numbers/{phone_number_slug}");
    /** {@code DELETE /numbers/{phone_number_slug}}. */
    public static final Operation DELETE_NUMBER = of("delete number", "DELETE", "/numbers/{phone_number_slug}");
    /** {@code GET /assistants/}. */
    public static final Operation LIST_ASSISTANTS = of("list assistants", "GET", "/assistants/");
    /** {@code GET /assistants/{model_id}}. */
    public static final Operation GET_ASSISTANT = of("get assistant", "GET", "/assistants/{model_id}");
    /** {@code PUT /assistants/{model_id}}. */
    public static final Operation UPDATE_ASSISTANT = of("update assistant", "PUT", "/assistants/{model_id}");
    /** {@code GET /actions}. */
    public static final Operation LIST_ACTIONS = of("list actions", "GET", "/actions");
    /** {@code GET /actions/{action_id}}. */
    public static final Operation GET_ACTION = of("get action", "GET", "/actions/{action_id}");
    /** {@code POST /actions}. */
    public static final Operation CREATE_ACTION = post("create action", "/actions",
            "list actions (GET /actions) and look for a LIVE_TRANSFER that was not there before and is attached to "
                    + "no assistant (a LIVE_TRANSFER has no name to look for); Trunkline's apply does this itself on "
                    + "its next run, from the ids it recorded before the create");
    /** {@code PUT /actions/{action_id}}. */
    public static final Operation UPDATE_ACTION = of("update action", "PUT", "/actions/{action_id}");
    /** {@code DELETE /actions/{action_id}}. */
    public static final Operation DELETE_ACTION = of("delete action", "DELETE", "/actions/{action_id}");
    /** {@code POST /actions/attach}. */
    public static final Operation ATTACH_ACTIONS = post("attach actions", "/actions/attach",
            "get the assistant with include_actions=true to see which actions are attached");
    /** {@code POST /actions/detach}. */
    public static final Operation DETACH_ACTIONS = post("detach actions", "/actions/detach",
            "get the assistant with include_actions=true to see which actions are attached");
    /** {@code GET /calls}. */
    public static final Operation LIST_CALLS = of("list calls", "GET", "/calls");
    /** {@code GET /calls/{call_id}}. */
    public static final Operation GET_CALL = of("get call", "GET", "/calls/{call_id}");

    /** Checks the components. */
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rereadHint, "rereadHint");
    }

    private static Operation of(String name, String method, String path) {
        return new Operation(name, method, path, "");
    }

    private static Operation post(String name, String path, String rereadHint) {
        return new Operation(name, "POST", path, rereadHint);
    }

    /**
     * Whether sending the request twice has the same effect as sending it once. Synthflow offers no
     * idempotency keys, so a POST is never repeated automatically.
     *
     * @return {@code false} for POST, {@code true} for GET, PUT, PATCH and DELETE
     */
    @Override
    public boolean idempotent() {
        return !"POST".equals(method);
    }
}
