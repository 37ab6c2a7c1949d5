package io.trunkline.testkit;

import io.trunkline.core.model.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An Aircall webhook as the simulator stores it (snapshot only; create webhooks over HTTP).
 *
 * @param webhookId the UUID
 * @param customName the name ({@code Webhook} by default)
 * @param url the delivery URL
 * @param active whether deliveries are on
 * @param token the body token used to authenticate deliveries; the API returns it in plain text
 * @param events the subscribed events; {@link #DOCUMENTED_EVENTS} when the client sent none
 * @param createdAt creation time
 */
public record AircallWebhook(String webhookId, String customName, String url, boolean active, Secret token,
        List<String> events, Instant createdAt) {

    /**
     * Every event name listed in Trunkline's Aircall reference (Aircall publishes more): what a webhook
     * created or updated without {@code events} subscribes to.
     */
    public static final List<String> DOCUMENTED_EVENTS = List.of(
            "call.created", "call.ringing_on_agent", "call.agent_declined", "call.answered", "call.transferred",
            "call.external_transferred", "call.unsuccessful_transfer", "call.hungup", "call.ended", "call.hold",
            "call.unhold", "call.ivr_option_selected", "call.comm_assets_generated", "call.voicemail_left",
            "call.assigned", "call.archived", "call.tagged", "call.untagged", "call.commented",
            "user.created.v2", "user.deleted.v2", "user.connected.v2", "user.disconnected.v2", "user.opened.v2",
            "user.closed.v2", "user.wut_start.v2", "user.wut_end.v2",
            "number.created", "number.opened", "number.closed", "number.deleted",
            "contact.created", "contact.updated", "contact.deleted",
            "message.sent", "message.received", "message.status_updated", "group_message.sent",
            "group_message.received", "group_message.status_updated",
            "transcription.created", "summary.created", "topics.created", "sentiment.created",
            "action_item.created", "playbook_result.created", "playbook_result.updated",
            "realtime_transcription.utterances_received", "custom_summary.result_created",
            "custom_summary.result_updated", "call_evaluation.created", "call_evaluation.updated",
            "ai_voice_agent.started", "ai_voice_agent.ended", "ai_voice_agent.escalated", "ai_voice_agent.summary",
            "analytics.report_created", "analytics.report_failed", "integration.deleted");

    /** Copies the event list. */
    public AircallWebhook {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(customName, "customName");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdAt, "createdAt");
        events = List.copyOf(events);
    }
}
