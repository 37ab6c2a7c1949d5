package io.trunkline.testkit.internal.aircall;

import static io.trunkline.testkit.internal.aircall.AircallResponses.badRequest;
import static io.trunkline.testkit.internal.aircall.AircallResponses.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.Secret;
import io.trunkline.testkit.AircallSimulator;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Aircall's webhooks: {@code GET/POST /v1/webhooks} and {@code GET/PUT/DELETE /v1/webhooks/{id}}. */
final class WebhookEndpoints extends AircallResource {

    static final int MAX_WEBHOOKS = 100;

    private static final PathPattern WEBHOOKS = PathPattern.compile("/v1/webhooks");
    private static final PathPattern WEBHOOK = PathPattern.compile("/v1/webhooks/{id}");


    WebhookEndpoints(AircallStore store, AircallResponses responses) {
        super(store, responses);
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        if (WEBHOOKS.matches(r.path())) {
            return switch (r.method()) {
                case "GET" -> Optional.of(responses.list(r, "webhooks", store.webhooks(), this::render));
                case "POST" -> Optional.of(createWebhook(r));
                default -> Optional.empty();
            };
        }
        return WEBHOOK.match(r.path()).map(m -> m.get("id")).flatMap(id -> switch (r.method()) {
            case "GET" -> Optional.of(single("webhook", render(webhookOrNotFound(id))));
            case "PUT" -> Optional.of(updateWebhook(r, id));
            case "DELETE" -> Optional.of(deleteWebhook(id));
            default -> Optional.empty();
        });
    }

    private SimResponse createWebhook(RecordedRequest r) {
        ObjectNode body = bodyOf(r);
        String url = Json.text(body, "url").orElseThrow(() -> badRequest("url is required"));
        checkHttps(url);
        if (store.webhooks().size() >= MAX_WEBHOOKS) {
            throw badRequest("A company can have at most " + MAX_WEBHOOKS + " webhooks");
        }
        AircallSimulator.Webhook webhook = new AircallSimulator.Webhook(store.ids().uuid(),
                Json.text(body, "custom_name").orElse("Webhook"), url, true, Secret.of(store.ids().token(20)),
                events(body), store.clock().instant());
        store.putWebhook(webhook);
        return single(201, "webhook", render(webhook));
    }

    /** As documented, an update without {@code events} subscribes the webhook to every event again. */
    private SimResponse updateWebhook(RecordedRequest r, String id) {
        AircallSimulator.Webhook current = webhookOrNotFound(id);
        ObjectNode body = bodyOf(r);
        String url = Json.text(body, "url").orElse(current.url());
        checkHttps(url);
        JsonNode active = body.get("active");
        AircallSimulator.Webhook updated = new AircallSimulator.Webhook(id, Json.text(body, "custom_name").orElse(current.customName()),
                url, active != null && active.isBoolean() ? active.asBoolean() : current.active(), current.token(),
                events(body), current.createdAt());
        store.putWebhook(updated);
        return single("webhook", render(updated));
    }

    private SimResponse deleteWebhook(String id) {
        webhookOrNotFound(id);
        store.removeWebhook(id);
        return SimResponse.empty(204);
    }

    private static ObjectNode bodyOf(RecordedRequest r) {
        return Json.parseObject(r.body()).orElseThrow(() -> badRequest("The body must be a JSON object"));
    }

    private static List<String> events(ObjectNode body) {
        JsonNode events = body.get("events");
        if (events == null || events.isNull()) {
            return AircallSimulator.Webhook.DOCUMENTED_EVENTS;
        }
        if (!events.isArray()) {
            throw badRequest("events must be an array of event names");
        }
        List<String> names = new ArrayList<>();
        events.forEach(e -> names.add(e.asText()));
        return names;
    }

    private static void checkHttps(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw badRequest("url must be an https URL");
        }
    }

    private AircallSimulator.Webhook webhookOrNotFound(String id) {
        return store.webhook(id).orElseThrow(AircallResponses::notFound);
    }

    private ObjectNode render(AircallSimulator.Webhook w) {
        ObjectNode node = Json.object()
                .put("webhook_id", w.webhookId())
                .put("direct_link", responses.link("/v1/webhooks/" + w.webhookId()))
                .put("created_at", AircallResponses.time(w.createdAt()))
                .put("custom_name", w.customName())
                .put("url", w.url())
                .put("active", w.active())
                .put("token", w.token().reveal());
        ArrayNode events = node.putArray("events");
        w.events().forEach(events::add);
        return node;
    }
}
