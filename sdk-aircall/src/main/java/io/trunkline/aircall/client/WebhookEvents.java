package io.trunkline.aircall.client;

import io.trunkline.core.exception.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation shared by webhook create and update requests. Both must name their events: Aircall
 * subscribes a webhook to <b>every</b> event when {@code events} is omitted, on create and on update.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    static List<String> require(List<String> events, String request, List<String> problems) {
        if (events == null || events.isEmpty()) {
            problems.add(request + ".events: name at least one event (e.g. \"call.created\"); Aircall"
                    + " subscribes a webhook to ALL events when the list is omitted");
            return List.of();
        }
        List<String> copy = new ArrayList<>();
        for (String event : events) {
            if (event == null || event.isBlank()) {
                problems.add(request + ".events: event names must not be null or blank");
            } else {
                copy.add(event);
            }
        }
        return List.copyOf(copy);
    }

    static void requireHttps(String url, String request, List<String> problems) {
        if (url != null && !url.regionMatches(true, 0, "https://", 0, "https://".length())) {
            problems.add(request + ".url: Aircall delivers webhooks only to https URLs, got " + url);
        }
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }
}
