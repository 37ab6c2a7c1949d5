package io.trunkline.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request-body fields Synthflow's published OpenAPI declares for each write the simulator
 * serves, copied from {@code shared/vendor-apis/synthflow-openapi-extract.json} (a copy of it sits in
 * this module's test resources, and a test keeps the two in step). Under {@link io.trunkline.testkit.VendorProfile#DOCUMENTED_ONLY} a field outside
 * these sets is refused with 400: a client that sends one relies on something Synthflow never
 * promised to accept.
 */
public final class DocumentedFields {

    /** Operation name (method and path, as in the extract) → the declared top-level body fields. */
    public static final Map<String, Set<String>> BODY_FIELDS = Map.of(
            "POST /custom-numbers", Set.of("workspace_id", "phone_number", "friendly_name", "provider_name",
                    "trunk_username", "trunk_pwd", "termination_uri", "sip_outbound_proxy", "sip_auth_username",
                    "uac_enabled", "uac_register_expires"),
            "PATCH /numbers/{phone_number_slug}", Set.of("friendly_name", "sip_auth_username", "sip_outbound_proxy",
                    "sip_term_uri", "termination_uri", "provider_name", "trunk_username", "trunk_pwd", "uac_enabled",
                    "uac_register_expires"),
            "POST /assistants", Set.of("end_call_reasons", "description", "phone_number", "external_webhook_url",
                    "is_recording", "max_duration", "voicemail_message", "type", "name", "agent",
                    "inbound_call_webhook_url"),
            "PUT /assistants/{model_id}", Set.of("end_call_reasons", "description", "phone_number",
                    "external_webhook_url", "is_recording", "max_duration", "voicemail_message", "name", "agent"),
            "POST /actions/attach", Set.of("model_id", "actions", "items"),
            "POST /actions/detach", Set.of("model_id", "actions"));

    /**
     * The fields of a {@code LIVE_TRANSFER} body: the union of the direct-phone and phone-book
     * variants of the create and update schemas.
     */
    public static final Set<String> LIVE_TRANSFER_FIELDS = Set.of("phone", "phone_book_id", "transfer_mode",
            "message_to_transfer_target", "instructions", "timeout", "digits", "initiating_msg", "goodbye_msg",
            "failed_msg", "enable_background_music", "stop_recording_after_transfer", "human_detection",
            "human_detection_timeout_seconds", "summarization_prompt", "preserve_caller_id", "screened",
            "human_availability");

    private DocumentedFields() {
    }

    /**
     * @param body a request body
     * @param declared the fields the OpenAPI declares for it
     * @return the body's fields that are not declared, in body order
     */
    public static List<String> undeclared(ObjectNode body, Set<String> declared) {
        List<String> extra = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!declared.contains(name)) {
                extra.add(name);
            }
        }
        return extra;
    }
}
