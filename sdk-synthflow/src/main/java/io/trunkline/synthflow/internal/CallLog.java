package io.trunkline.synthflow.internal;

import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.synthflow.internal.wire.CallPage;
import io.trunkline.synthflow.internal.wire.CallQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the AI side of a test call in an assistant's call log: {@code GET /calls?model_id&from_date&to_date}
 * (epoch milliseconds) with {@code lead_phone_number} when the caller is known, {@code limit}/{@code offset}
 * paginated until {@code total_records} are read. The order of the list is not documented, so every
 * page is read and the newest inbound call by {@code start_time} wins.
 *
 * <p>{@code executed_actions} is documented only as an object ("a typed transfer-outcome field" and its
 * schema are listed as unknown), so a transfer is recognised where an entry's key or its
 * {@code action_type}/{@code type}/{@code name} mentions "transfer", and its destination is the first
 * {@code phone}-like value inside it (ledger entry {@code SF-EXECUTED-ACTIONS-TRANSFER}). A call whose
 * transfer is recorded differently shows as not transferred, which verify reports as unproven rather
 * than passed.
 */
public final class CallLog {

    /** Page size of each {@code GET /calls}. */
    public static final int PAGE_SIZE = 50;

    private static final List<String> TYPE_KEYS = List.of("action_type", "type", "name");
    private static final List<String> DESTINATION_KEYS = List.of("phone", "phone_number", "transfer_to", "to");

    private final SynthflowEndpoints api;

    /** @param api the endpoints to read calls with */
    public CallLog(SynthflowEndpoints api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * @param assistantId the assistant ({@code model_id})
     * @param window the DID, the start window and the caller, if known
     * @return the newest inbound call in the window
     */
    public Optional<AgentPlatform.AssistantCall> newestInbound(String assistantId, CallWindow window) {
        List<AgentPlatform.AssistantCall> found = new ArrayList<>();
        int offset = 0;
        while (true) {
            CallQuery.Builder query = CallQuery.builder(assistantId).fromDate(window.from()).toDate(window.to())
                    .limit(PAGE_SIZE).offset(offset);
            window.caller().ifPresent(caller -> query.leadPhoneNumber(caller.e164()));
            CallPage page = api.listCalls(query.build());
            page.calls().forEach(call -> assistantCall(call).filter(c -> c.record().inbound())
                    .filter(c -> window.contains(c.startedAt())).ifPresent(found::add));
            // advance by what was received, so a server that caps the page size still gets read fully
            offset += page.calls().size();
            Integer total = page.pagination() == null ? null : page.pagination().totalRecords();
            boolean more = total != null ? offset < total : page.calls().size() == PAGE_SIZE;
            if (!more || page.calls().isEmpty()) {
                return found.stream().max(Comparator.comparing(AgentPlatform.AssistantCall::startedAt));
            }
        }
    }

    /** @return the call for the engine; empty when its {@code start_time} is not epoch milliseconds */
    static Optional<AgentPlatform.AssistantCall> assistantCall(io.trunkline.synthflow.internal.wire.CallRecord call) {
        Instant started;
        try {
            started = Instant.ofEpochMilli(Long.parseLong(Objects.requireNonNullElse(call.startTime(), "").strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        AgentPlatform.CallRecord record = AgentPlatform.CallRecord.builder(call.callId()).status(call.effectiveStatus())
                .endReason(call.endCallReason()).errorMessage(call.errorMessage())
                .telephonyDisconnectReason(call.telephonyDisconnectReason()).telephonyHangup(call.telephonyHangup())
                .typeOfCall(call.typeOfCall()).build();
        return Optional.of(new AgentPlatform.AssistantCall(record, started, transfers(call.executedActions())));
    }

    /** @return each executed action that looks like a transfer, with its destination when one is recorded */
    static List<String> transfers(Map<String, Object> executedActions) {
        List<String> transfers = new ArrayList<>();
        executedActions.forEach((key, value) -> {
            if (mentionsTransfer(key) || TYPE_KEYS.stream().anyMatch(k -> mentionsTransfer(field(value, k)))) {
                transfers.add(destination(value).map(to -> key + " to " + to).orElse(key));
            }
        });
        return transfers;
    }

    private static boolean mentionsTransfer(Object text) {
        return text instanceof String s && s.toLowerCase(Locale.ROOT).contains("transfer");
    }

    private static Object field(Object value, String key) {
        return value instanceof Map<?, ?> map ? map.get(key) : null;
    }

    private static Optional<String> destination(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (String key : DESTINATION_KEYS) {
                if (map.get(key) instanceof String s && !s.isBlank()) {
                    return Optional.of(s.strip());
                }
            }
            for (Object nested : map.values()) {
                Optional<String> found = destination(nested);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object nested : list) {
                Optional<String> found = destination(nested);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
