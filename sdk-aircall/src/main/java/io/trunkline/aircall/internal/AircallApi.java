package io.trunkline.aircall.internal;

import io.trunkline.aircall.internal.wire.Envelopes;
import okhttp3.HttpUrl;
import retrofit2.Call;
import retrofit2.http.GET;
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

    /** {@code GET /v1/teams/{id}}. */
    @GET("v1/teams/{id}")
    Call<Envelopes.TeamEnvelope> team(@Path("id") long id);

    /** {@code GET /v2/users/{id}}. */
    @GET("v2/users/{id}")
    Call<Envelopes.UserEnvelope> user(@Path("id") long id);

    /** {@code GET /v1/calls}; {@code from}/{@code to} in UNIX seconds, {@code null} values are omitted. */
    @GET("v1/calls")
    Call<Envelopes.CallsPage> calls(@Query("from") Long from, @Query("to") Long to, @Query("order") String order,
                                    @Query("page") int page, @Query("per_page") int perPage);

    /** Next page of {@code GET /v1/calls}. */
    @GET
    Call<Envelopes.CallsPage> calls(@Url HttpUrl nextPage);
}
