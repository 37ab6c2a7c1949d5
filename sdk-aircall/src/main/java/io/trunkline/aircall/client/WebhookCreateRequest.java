package io.trunkline.aircall.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /v1/webhooks}.
 *
 * <p>{@code events} is required here although Aircall treats it as optional, because omitting it
 * subscribes the webhook to every event.
 *
 * <pre>{@code
 * WebhookCreateRequest request = WebhookCreateRequest.builder()
 *         .url("https://example.com/aircall")
 *         .customName("Trunkline")
 *         .addEvent("call.created").addEvent("call.ended")
 *         .build();
 * }</pre>
 *
 * @param url https URL that receives the events (required)
 * @param customName display name; omitted from the JSON when {@code null} (Aircall then uses "Webhook")
 * @param events event names, at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookCreateRequest(
        @JsonProperty("url") String url,
        @JsonProperty("custom_name") String customName,
        @JsonProperty("events") List<String> events) {

    /**
     * Validates and copies.
     *
     * @throws io.trunkline.core.exception.InvalidConfigurationException listing every problem
     */
    public WebhookCreateRequest {
        List<String> problems = new ArrayList<>();
        if (url == null || url.isBlank()) {
            problems.add("webhookCreateRequest.url: required");
        }
        WebhookEvents.requireHttps(url, "webhookCreateRequest", problems);
        events = WebhookEvents.require(events, "webhookCreateRequest", problems);
        WebhookEvents.throwIfAny(problems);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebhookCreateRequest}. */
    public static final class Builder {
        private String url;
        private String customName;
        private final List<String> events = new ArrayList<>();

        private Builder() {
        }

        /** @param url the https URL that receives events (required) @return this builder */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** @param customName display name in the Aircall dashboard @return this builder */
        public Builder customName(String customName) {
            this.customName = Objects.requireNonNull(customName, "customName");
            return this;
        }

        /** @param events replaces the event names @return this builder */
        public Builder events(List<String> events) {
            Objects.requireNonNull(events, "events");
            this.events.clear();
            this.events.addAll(events);
            return this;
        }

        /** @param event adds one event name, e.g. {@code call.created} @return this builder */
        public Builder addEvent(String event) {
            this.events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * @return the request
         * @throws io.trunkline.core.exception.InvalidConfigurationException listing every problem
         */
        public WebhookCreateRequest build() {
            return new WebhookCreateRequest(url, customName, events);
        }
    }
}
