package io.trunkline.aircall.internal;

import io.trunkline.aircall.client.WebhookCreateRequest;
import io.trunkline.aircall.client.WebhookUpdateRequest;
import okhttp3.HttpUrl;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The Aircall endpoints Trunkline uses, exactly as Trunkline's Aircall reference lists them. Paths
 * are relative (no leading slash) so that a base URL with a path prefix, e.g. a simulator mounted
 * under {@code /aircall/}, keeps working. Each list endpoint has a twin taking the absolute
 * {@code meta.next_page_link}.
 */
public interface AircallApi {

    /** {@code GET /v1/ping}: credential probe. */
    @GET("v1/ping")
    Call<Envelopes.Ping> ping();

    /** {@code GET /v1/numbers}. */
    @GET("v1/numbers")
    Call<Envelopes.NumbersPage> numbers(@Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v1/numbers}. */
    @GET
    Call<Envelopes.NumbersPage> numbers(@Url HttpUrl nextPage);

    /** {@code GET /v1/numbers/{id}}. */
    @GET("v1/numbers/{id}")
    Call<Envelopes.NumberEnvelope> number(@Path("id") long id);

    /** {@code GET /v1/teams}. */
    @GET("v1/teams")
    Call<Envelopes.TeamsPage> teams(@Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v1/teams}. */
    @GET
    Call<Envelopes.TeamsPage> teams(@Url HttpUrl nextPage);

    /** {@code GET /v1/teams/{id}}. */
    @GET("v1/teams/{id}")
    Call<Envelopes.TeamEnvelope> team(@Path("id") long id);

    /** {@code GET /v2/users}. */
    @GET("v2/users")
    Call<Envelopes.UsersPage> users(@Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v2/users}. */
    @GET
    Call<Envelopes.UsersPage> users(@Url HttpUrl nextPage);

    /** {@code GET /v2/users/{id}}. */
    @GET("v2/users/{id}")
    Call<Envelopes.UserEnvelope> user(@Path("id") long id);

    /** {@code GET /v1/users/{id}/availability}. */
    @GET("v1/users/{id}/availability")
    Call<io.trunkline.aircall.client.UserAvailability> userAvailability(@Path("id") long id);

    /** {@code GET /v1/calls}; {@code from}/{@code to} in UNIX seconds, {@code null} values are omitted. */
    @GET("v1/calls")
    Call<Envelopes.CallsPage> calls(@Query("from") Long from, @Query("to") Long to, @Query("order") String order,
                                    @Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v1/calls}. */
    @GET
    Call<Envelopes.CallsPage> calls(@Url HttpUrl nextPage);

    /** {@code GET /v1/calls/{id}}. */
    @GET("v1/calls/{id}")
    Call<Envelopes.CallEnvelope> call(@Path("id") long id);

    /** {@code GET /v1/webhooks}. */
    @GET("v1/webhooks")
    Call<Envelopes.WebhooksPage> webhooks(@Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v1/webhooks}. */
    @GET
    Call<Envelopes.WebhooksPage> webhooks(@Url HttpUrl nextPage);

    /** {@code GET /v1/webhooks/{webhook_id}}. */
    @GET("v1/webhooks/{webhook_id}")
    Call<Envelopes.WebhookEnvelope> webhook(@Path("webhook_id") String webhookId);

    /** {@code POST /v1/webhooks}. */
    @POST("v1/webhooks")
    Call<Envelopes.WebhookEnvelope> createWebhook(@Body WebhookCreateRequest request);

    /** {@code PUT /v1/webhooks/{webhook_id}}. */
    @PUT("v1/webhooks/{webhook_id}")
    Call<Envelopes.WebhookEnvelope> updateWebhook(@Path("webhook_id") String webhookId,
                                                  @Body WebhookUpdateRequest request);

    /** {@code DELETE /v1/webhooks/{webhook_id}}. */
    @DELETE("v1/webhooks/{webhook_id}")
    Call<Void> deleteWebhook(@Path("webhook_id") String webhookId);
}
