package io.trunkline.synthflow.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Synthflow v2 endpoints Trunkline uses, exactly as the published OpenAPI declares them
 * (paths relative to the {@code …/v2/} base URL). Bodies travel as raw {@link RequestBody} /
 * {@link ResponseBody} so that serialisation, envelope unwrapping and error parsing stay in one
 * place ({@link SynthflowTransport}) rather than in converter factories. {@code null} query values
 * are omitted by Retrofit, which is how unset optional parameters are never sent.
 */
public interface SynthflowApi {

    /** {@code POST /custom-numbers} — operationId {@code create-custom-number}. */
    @POST("custom-numbers")
    Call<ResponseBody> importCustomNumber(@Body RequestBody body);

    /** {@code GET /numbers} — operationId {@code get-numbers}; note the query is {@code workspace}. */
    @GET("numbers")
    Call<ResponseBody> listNumbers(@Query("workspace") String workspace, @Query("limit") Integer limit,
                                   @Query("offset") Integer offset, @Query("is_available") Boolean isAvailable);

    /** {@code GET /numbers/{phone_number_slug}} — operationId {@code get-phone-number}; flat body. */
    @GET("numbers/{phone_number_slug}")
    Call<ResponseBody> getNumber(@Path("phone_number_slug") String slug, @Query("workspace") String workspace);

    /** {@code PATCH /numbers/{phone_number_slug}} — operationId {@code update-phone-number}. */
    @PATCH("numbers/{phone_number_slug}")
    Call<ResponseBody> updateNumber(@Path("phone_number_slug") String slug, @Body RequestBody body);

    /** {@code DELETE /numbers/{phone_number_slug}} — operationId {@code delete-phone-number}. */
    @DELETE("numbers/{phone_number_slug}")
    Call<ResponseBody> deleteNumber(@Path("phone_number_slug") String slug);

    /** {@code POST /assistants} — operationId {@code create-assistant}. */
    @POST("assistants")
    Call<ResponseBody> createAssistant(@Body RequestBody body);

    /** {@code GET /assistants/} — operationId {@code list-assistant}; the trailing slash is in the OAS. */
    @GET("assistants/")
    Call<ResponseBody> listAssistants(@Query("limit") Integer limit, @Query("offset") Integer offset);

    /** {@code GET /assistants/{model_id}} — operationId {@code get-assistant}. */
    @GET("assistants/{model_id}")
    Call<ResponseBody> getAssistant(@Path("model_id") String modelId,
                                    @Query("include_actions") Boolean includeActions);

    /** {@code PUT /assistants/{model_id}} — operationId {@code update-assistant} (partial update). */
    @PUT("assistants/{model_id}")
    Call<ResponseBody> updateAssistant(@Path("model_id") String modelId, @Body RequestBody body);

    /** {@code DELETE /assistants/{model_id}} — operationId {@code delete-assistant}. */
    @DELETE("assistants/{model_id}")
    Call<ResponseBody> deleteAssistant(@Path("model_id") String modelId);

    /** {@code GET /actions} — operationId {@code list-actions}. */
    @GET("actions")
    Call<ResponseBody> listActions(@Query("limit") Integer limit, @Query("offset") Integer offset);

    /** {@code GET /actions/{action_id}} — operationId {@code get-action}. */
    @GET("actions/{action_id}")
    Call<ResponseBody> getAction(@Path("action_id") String actionId,
                                 @Query("include_assistants") Boolean includeAssistants);

    /** {@code POST /actions} — operationId {@code create-action}. */
    @POST("actions")
    Call<ResponseBody> createAction(@Body RequestBody body);

    /** {@code PUT /actions/{action_id}} — operationId {@code update-action}. */
    @PUT("actions/{action_id}")
    Call<ResponseBody> updateAction(@Path("action_id") String actionId, @Body RequestBody body);

    /** {@code DELETE /actions/{action_id}} — operationId {@code delete-action}. */
    @DELETE("actions/{action_id}")
    Call<ResponseBody> deleteAction(@Path("action_id") String actionId);

    /** {@code POST /actions/attach} — operationId {@code attach-action}. */
    @POST("actions/attach")
    Call<ResponseBody> attachActions(@Body RequestBody body);

    /** {@code POST /actions/detach} — operationId {@code detach-action}. */
    @POST("actions/detach")
    Call<ResponseBody> detachActions(@Body RequestBody body);

    /** {@code GET /calls} — operationId {@code list-calls}. */
    @GET("calls")
    Call<ResponseBody> listCalls(@Query("model_id") String modelId, @Query("limit") Integer limit,
                                 @Query("offset") Integer offset, @Query("from_date") Long fromDate,
                                 @Query("to_date") Long toDate, @Query("call_status") String callStatus,
                                 @Query("duration_min") Integer durationMin,
                                 @Query("duration_max") Integer durationMax,
                                 @Query("lead_phone_number") String leadPhoneNumber);

    /** {@code GET /calls/{call_id}} — operationId {@code get-phone-call}. */
    @GET("calls/{call_id}")
    Call<ResponseBody> getCall(@Path("call_id") String callId);
}
