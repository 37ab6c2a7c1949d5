package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call as {@code GET /calls} and {@code GET /calls/{call_id}} return it. The single-call answer
 * names the status {@code status}, the list names it {@code call_status}; {@link #effectiveStatus()}
 * reads whichever is present. Times: {@code start_time} epoch milliseconds as a string,
 * {@code duration} seconds, {@code telephony_*duration} milliseconds.
 *
 * @param callId {@code call_id}: the call's id (required in the answer)
 * @param modelId {@code model_id}: the assistant's id
 * @param campaignType {@code campaign_type}: campaign type
 * @param phoneNumberFrom {@code phone_number_from}: caller
 * @param phoneNumberTo {@code phone_number_to}: callee
 * @param name {@code name}: lead name
 * @param transcript {@code transcript}: transcript
 * @param duration {@code duration}: duration in seconds
 * @param recordingUrl {@code recording_url}: recording URL
 * @param endCallReason {@code end_call_reason}: e.g. {@code agent_ended_call}
 * @param customEndCallReason {@code custom_end_call_reason}: custom end reason
 * @param errorMessage {@code error_message}: error message, empty when none
 * @param executedActions {@code executed_actions}: actions run during the call, as sent
 * @param promptVariables {@code prompt_variables}: prompt variables, as sent
 * @param collectedVariables {@code collected_variables}: agent id → variable → {value, collected}, as sent
 * @param typeOfCall {@code type_of_call}: {@code inbound} or {@code outbound}
 * @param startTime {@code start_time}: start, epoch milliseconds as a string
 * @param timezone {@code timezone}: time zone
 * @param telephonyHangup {@code telephony_hangup}: {@code caller} or {@code callee}
 * @param telephonyDisconnectReason {@code telephony_disconnect_reason}: e.g. {@code callee_hangup}, {@code error}, {@code forbidden}
 * @param telephonyDuration {@code telephony_duration}: milliseconds
 * @param telephonyRingingDuration {@code telephony_ringing_duration}: milliseconds
 * @param telephonyStart {@code telephony_start}: telephony start, as sent
 * @param telephonyEnd {@code telephony_end}: telephony end, as sent
 * @param status {@code status}: status in the single-call answer, e.g. {@code completed}
 * @param callStatus {@code call_status}: status in list answers
 * @param leadPhoneNumber {@code lead_phone_number}: lead number (list answers)
 * @param leadName {@code lead_name}: lead name (list answers)
 * @param agentPhoneNumber {@code agent_phone_number}: the assistant's number (list answers)
 * @param agentsUsed {@code agents_used}: assistants involved (list answers)
 * @param labels {@code labels}: labels (list answers)
 * @param recordingDuration {@code recording_duration}: recording duration (list answers)
 * @param deploymentType {@code deployment_type}: deployment type (list answers)
 * @param judgeResults {@code judge_results}: evaluation results, as sent (list answers)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallRecord(
        String callId,
        String modelId,
        String campaignType,
        String phoneNumberFrom,
        String phoneNumberTo,
        String name,
        String transcript,
        Integer duration,
        String recordingUrl,
        String endCallReason,
        String customEndCallReason,
        String errorMessage,
        Map<String, Object> executedActions,
        Map<String, Object> promptVariables,
        Map<String, Object> collectedVariables,
        String typeOfCall,
        String startTime,
        String timezone,
        String telephonyHangup,
        String telephonyDisconnectReason,
        Long telephonyDuration,
        Long telephonyRingingDuration,
        String telephonyStart,
        String telephonyEnd,
        String status,
        String callStatus,
        String leadPhoneNumber,
        String leadName,
        String agentPhoneNumber,
        List<String> agentsUsed,
        List<String> labels,
        String recordingDuration,
        String deploymentType,
        Object judgeResults) {

    /** Copies collections so the record stays immutable. */
    public CallRecord {
        executedActions = executedActions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(executedActions));
        promptVariables = promptVariables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(promptVariables));
        collectedVariables = collectedVariables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(collectedVariables));
        agentsUsed = agentsUsed == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(agentsUsed));
        labels = labels == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(labels));
    }

    /** @return {@code status}, or {@code call_status} when the answer used that name; may be null */
    public String effectiveStatus() {
        return status != null ? status : callStatus;
    }

}
