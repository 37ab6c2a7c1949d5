package io.trunkline.synthflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.synthflow.internal.wire.ActionAttachment;
import io.trunkline.synthflow.internal.wire.ActionSaved;
import io.trunkline.synthflow.internal.wire.AssistantPage;
import io.trunkline.synthflow.internal.wire.CallPage;
import io.trunkline.synthflow.internal.wire.ImportedNumber;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.AssistantUpdate;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import java.util.Map;
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
 * (paths relative to the {@code …/v2/} base URL). Bodies go through Retrofit's Jackson converter with
 * the client's mapper ({@link SynthflowJson}). Synthflow wraps most answers in an envelope and some
 * not: answers read as a record are bound through {@link Payload}, which accepts both; answers whose
 * arrays must be told apart from missing ones are read as {@link JsonNode} ({@link ResponseReader}
 * unwraps both); answers nobody reads are {@code Void}. {@code null} query values are omitted by Retrofit, which is how
 * unset optional parameters are never sent.
 */
public interface SynthflowApi {

    /** {@code POST /custom-numbers} — operationId {@code create-custom-number}. */
    @POST("custom-numbers")
    Call<Payload<ImportedNumber>> importCustomNumber(@Body CustomNumberImport body);

    /** {@code GET /numbers} — operationId {@code get-numbers}; note the query is {@code workspace}. */
    @GET("numbers")
    Call<JsonNode> listNumbers(@Query("workspace") String workspace, @Query("limit") Integer limit,
                                   @Query("offset") Integer offset, @Query("is_available") Boolean isAvailable);

    /** {@code GET /numbers/{phone_number_slug}} — operationId {@code get-phone-number}; flat body. */
    @GET("numbers/{phone_number_slug}")
    Call<NumberDetails> getNumber(@Path("phone_number_slug") String slug, @Query("workspace") String workspace);

    /** {@code PATCH /numbers/{phone_number_slug}} — operationId {@code update-phone-number}. */
    @PATCH("numbers/{phone_number_slug}")
    Call<Void> updateNumber(@Path("phone_number_slug") String slug, @Body NumberUpdate body);

    /** {@code DELETE /numbers/{phone_number_slug}} — operationId {@code delete-phone-number}. */
    @DELETE("numbers/{phone_number_slug}")
    Call<Void> deleteNumber(@Path("phone_number_slug") String slug);

    /** {@code GET /assistants/} — operationId {@code list-assistant}; the trailing slash is in the OAS. */
    @GET("assistants/")
    Call<Payload<AssistantPage>> listAssistants(@Query("limit") Integer limit, @Query("offset") Integer offset);

    /** {@code GET /assistants/{model_id}} — operationId {@code get-assistant}. */
    @GET("assistants/{model_id}")
    Call<JsonNode> getAssistant(@Path("model_id") String modelId,
                                    @Query("include_actions") Boolean includeActions);

    /** {@code PUT /assistants/{model_id}} — operationId {@code update-assistant} (partial update). */
    @PUT("assistants/{model_id}")
    Call<JsonNode> updateAssistant(@Path("model_id") String modelId, @Body AssistantUpdate body);

    /** {@code GET /actions} — operationId {@code list-actions}. */
    @GET("actions")
    Call<JsonNode> listActions(@Query("limit") Integer limit, @Query("offset") Integer offset);

    /** {@code GET /actions/{action_id}} — operationId {@code get-action}. */
    @GET("actions/{action_id}")
    Call<JsonNode> getAction(@Path("action_id") String actionId,
                                 @Query("include_assistants") Boolean includeAssistants);

    /** {@code POST /actions} — operationId {@code create-action}. */
    @POST("actions")
    Call<Payload<ActionSaved>> createAction(@Body Map<String, Object> body);

    /** {@code PUT /actions/{action_id}} — operationId {@code update-action}. */
    @PUT("actions/{action_id}")
    Call<Payload<ActionSaved>> updateAction(@Path("action_id") String actionId, @Body Map<String, Object> body);

    /** {@code DELETE /actions/{action_id}} — operationId {@code delete-action}. */
    @DELETE("actions/{action_id}")
    Call<Void> deleteAction(@Path("action_id") String actionId);

    /** {@code POST /actions/attach} — operationId {@code attach-action}. */
    @POST("actions/attach")
    Call<Void> attachActions(@Body ActionAttachment body);

    /** {@code POST /actions/detach} — operationId {@code detach-action}. */
    @POST("actions/detach")
    Call<Void> detachActions(@Body ActionAttachment body);

    /** {@code GET /calls} — operationId {@code list-calls}. */
    @GET("calls")
    Call<Payload<CallPage>> listCalls(@Query("model_id") String modelId, @Query("limit") Integer limit,
                                 @Query("offset") Integer offset, @Query("from_date") Long fromDate,
                                 @Query("to_date") Long toDate, @Query("call_status") String callStatus,
                                 @Query("duration_min") Integer durationMin,
                                 @Query("duration_max") Integer durationMax,
                                 @Query("lead_phone_number") String leadPhoneNumber);

    /** {@code GET /calls/{call_id}} — operationId {@code get-phone-call}. */
    @GET("calls/{call_id}")
    Call<Payload<CallPage>> getCall(@Path("call_id") String callId);
}
