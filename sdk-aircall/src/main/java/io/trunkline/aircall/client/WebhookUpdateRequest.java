package io.trunkline.aircall.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code PUT /v1/webhooks/{webhook_id}}. Fields left {@code null} are omitted and keep their
 * current value, except {@code events}, which is required: Aircall re-subscribes a webhook to ALL
 * events when an update omits it (e.g. when re-activating with {@code active: true}).
 *
 * <pre>{@code
 * WebhookUpdateRequest request = WebhookUpdateRequest.builder()
 *         .active(true)
 *         .events(List.of("call.created", "call.ended"))
 *         .build();
 * }</pre>
 *
 * @param url new https URL, or {@code null} to keep
 * @param customName new display name, or {@code null} to keep
 * @param events the full list of event names, at least one
 * @param active new activation state, or {@code null} to keep
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookUpdateRequest(
        @JsonProperty("url") String url,
        @JsonProperty("custom_name") String customName,
        @JsonProperty("events") List<String> events,
        @JsonProperty("active") Boolean active) {

    /**
     * Validates and copies.
     *
     * @throws io.trunkline.core.exception.InvalidConfigurationException listing every problem
     */
    public WebhookUpdateRequest {
        List<String> problems = new ArrayList<>();
        WebhookEvents.requireHttps(url, "webhookUpdateRequest", problems);
        events = WebhookEvents.require(events, "webhookUpdateRequest", problems);
        WebhookEvents.throwIfAny(problems);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebhookUpdateRequest}. */
    public static final class Builder {
        private String url;
        private String customName;
        private Boolean active;
        private final List<String> events = new ArrayList<>();

        private Builder() {
        }

        /** @param url the new https URL @return this builder */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** @param customName the new display name @return this builder */
        public Builder customName(String customName) {
            this.customName = Objects.requireNonNull(customName, "customName");
            return this;
        }

        /** @param active whether deliveries are enabled @return this builder */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /** @param events replaces the event names (the full desired list) @return this builder */
        public Builder events(List<String> events) {
            Objects.requireNonNull(events, "events");
            this.events.clear();
            this.events.addAll(events);
            return this;
        }

        /** @param event adds one event name @return this builder */
        public Builder addEvent(String event) {
            this.events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * @return the request
         * @throws io.trunkline.core.exception.InvalidConfigurationException listing every problem
         */
        public WebhookUpdateRequest build() {
            return new WebhookUpdateRequest(url, customName, events, active);
        }
    }
}
