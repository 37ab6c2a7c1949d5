package io.trunkline.aircall.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.trunkline.aircall.internal.SecretDeserializer;
import io.trunkline.core.model.Secret;

import java.util.List;

/**
 * An Aircall webhook subscription ({@code /v1/webhooks}).
 *
 * <p>{@link #token()} is what Aircall puts in every delivery's body so the receiver can
 * authenticate it (there is no HMAC signature). It is a {@link Secret}: {@link #toString()} and
 * JSON serialisation show {@value Secret#MASK}.
 *
 * @param webhookId the webhook's id, a UUID string
 * @param directLink API URL
 * @param createdAt ISO-8601 creation time
 * @param customName display name (Aircall's default {@code "Webhook"})
 * @param url where Aircall POSTs events (https)
 * @param active whether deliveries are enabled (Aircall disables a webhook after repeated failures)
 * @param token the shared secret included in each delivery, {@code null} when absent
 * @param events subscribed event names, e.g. {@code call.created}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Webhook(
        @JsonProperty(value = "webhook_id", required = true) String webhookId,
        @JsonProperty("direct_link") String directLink,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("custom_name") String customName,
        @JsonProperty("url") String url,
        @JsonProperty("active") Boolean active,
        @JsonProperty("token")
        @JsonDeserialize(using = SecretDeserializer.class)
        @JsonSerialize(using = ToStringSerializer.class) Secret token,
        @JsonProperty("events") List<String> events) {

    /** Copies the event list; an absent list becomes empty. */
    public Webhook {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Shows every field but the token, which is masked. */
    @Override
    public String toString() {
        return "Webhook[webhookId=" + webhookId + ", directLink=" + directLink + ", createdAt=" + createdAt
                + ", customName=" + customName + ", url=" + url + ", active=" + active
                + ", token=" + (token == null ? null : Secret.MASK) + ", events=" + events + "]";
    }
}
