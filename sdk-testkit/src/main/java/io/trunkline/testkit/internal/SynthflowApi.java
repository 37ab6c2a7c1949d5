package io.trunkline.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.Secret;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowAction;
import io.trunkline.testkit.SynthflowAssistant;
import io.trunkline.testkit.SynthflowCall;
import io.trunkline.testkit.SynthflowNumber;
import io.trunkline.testkit.VendorProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simulated Synthflow v2 API: state, validation and rendering, faithful to
 * {@code shared/vendor-apis/synthflow.md} and the OpenAPI extract. Every method runs with the
 * simulator's lock held.
 */
public final class SynthflowApi implements RequestHandler {

    static final Set<String> PROVIDERS =
            Set.of("twilio", "telnyx", "vonage", "ring_central", "ringcx", "custom", "zoom", "five9");
    /** Providers whose SIP domain Synthflow fills in itself; the others need {@code termination_uri}. */
    static final Map<String, String> AUTO_SIP_DOMAINS =
            Map.of("ringcx", "sip.ringcentral.com", "zoom", "sip.zoom.com", "five9", "");
    static final Set<String> ASSISTANT_TYPES = Set.of("inbound", "outbound", "widget");
    static final Set<String> ACTION_TYPES = Set.of("REAL_TIME_BOOKING", "INFORMATION_EXTRACTOR", "LIVE_TRANSFER",
            "SEND_SMS", "INCALL_SMS", "INCALL_WHATSAPP", "CUSTOM_ACTION", "CUSTOM_EVAL");
    static final Set<String> TRANSFER_MODES = Set.of("cold_transfer", "warm_transfer", "warm_transfer_with_context");
    static final Set<String> ATTACHMENT_TYPES = Set.of("before", "during", "after");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final String DEFAULT_AGENT_TIMEZONE = "Europe/Berlin";

    private static final PathPattern CUSTOM_NUMBERS = PathPattern.compile("/v2/custom-numbers");
    private static final PathPattern NUMBERS = PathPattern.compile("/v2/numbers");
    private static final PathPattern NUMBER = PathPattern.compile("/v2/numbers/{slug}");
    private static final PathPattern ASSISTANTS = PathPattern.compile("/v2/assistants");
    private static final PathPattern ASSISTANTS_SLASH = PathPattern.compile("/v2/assistants/");
    private static final PathPattern ASSISTANT = PathPattern.compile("/v2/assistants/{id}");
    private static final PathPattern ACTIONS = PathPattern.compile("/v2/actions");
    private static final PathPattern ACTIONS_ATTACH = PathPattern.compile("/v2/actions/attach");
    private static final PathPattern ACTIONS_DETACH = PathPattern.compile("/v2/actions/detach");
    private static final PathPattern ACTION = PathPattern.compile("/v2/actions/{id}");
    private static final PathPattern CALLS = PathPattern.compile("/v2/calls");
    private static final PathPattern CALL = PathPattern.compile("/v2/calls/{id}");

    private final Secret apiKey;
    private final String workspaceId;
    private final Clock clock;
    private final IdSource ids;
    private final SynthflowErrors errors;
    private final Duration defaultRegistrationDelay;
    private final boolean defaultProviderImportEnabled;
    private final VendorProfile profile;

    private Duration registrationDelay;
    private boolean providerImportEnabled;
    private final Map<String, SynthflowNumber> numbers = new LinkedHashMap<>();
    private final Map<String, SynthflowAssistant> assistants = new LinkedHashMap<>();
    /** When each number was last bound to an inbound agent: the start of the simulated registration. */
    private final Map<String, Instant> boundAt = new LinkedHashMap<>();
    private final Map<String, SynthflowAction> actions = new LinkedHashMap<>();
    private final Map<String, SynthflowCall> calls = new LinkedHashMap<>();

    /**
     * @param apiKey the one valid Bearer key
     * @param workspaceId the workspace that key is scoped to
     * @param clock the simulator clock
     * @param registrationDelay how long a freshly bound number takes to "register"
     * @param providerImportEnabled whether {@code POST /custom-numbers} is allowed
     * @param ids the id source
     * @param profile what the simulator grants beyond the documentation
     */
    public SynthflowApi(Secret apiKey, String workspaceId, Clock clock, Duration registrationDelay,
            boolean providerImportEnabled, IdSource ids, VendorProfile profile) {
        this.apiKey = apiKey;
        this.profile = profile;
        this.workspaceId = workspaceId;
        this.clock = clock;
        this.ids = ids;
        this.errors = new SynthflowErrors(ids);
        this.defaultRegistrationDelay = registrationDelay;
        this.defaultProviderImportEnabled = providerImportEnabled;
        this.registrationDelay = registrationDelay;
        this.providerImportEnabled = providerImportEnabled;
    }

    // ------------------------------------------------------------------ state access (lock held)

    /** Clears all state and restores the builder's settings. */
    public void reset() {
        numbers.clear();
        assistants.clear();
        boundAt.clear();
        actions.clear();
        calls.clear();
        registrationDelay = defaultRegistrationDelay;
        providerImportEnabled = defaultProviderImportEnabled;
        ids.reset();
    }

    /** @param delay the new registration delay */
    public void registrationDelay(Duration delay) {
        this.registrationDelay = delay;
    }

    /** @return the registration delay */
    public Duration registrationDelay() {
        return registrationDelay;
    }

    /** @param enabled whether provider import is enabled */
    public void providerImportEnabled(boolean enabled) {
        this.providerImportEnabled = enabled;
    }

    /** @return whether provider import is enabled */
    public boolean providerImportEnabled() {
        return providerImportEnabled;
    }

    /**
     * @param number a number to store as if imported
     * @return the stored number, with key and creation time filled in
     */
    public SynthflowNumber addNumber(SynthflowNumber number) {
        SynthflowNumber.Builder stored = number.toBuilder();
        if (number.key().isEmpty()) {
            stored.key(ids.uuid());
        }
        if (number.createdAt().isEmpty()) {
            stored.createdAt(clock.instant());
        }
        SynthflowNumber result = stored.build();
        numbers.put(result.slug(), result);
        return result;
    }

    /**
     * @param assistant an assistant to store; its number, if any, must exist
     * @return the stored assistant, with its id filled in
     */
    public SynthflowAssistant addAssistant(SynthflowAssistant assistant) {
        SynthflowAssistant.Builder stored = assistant.toBuilder();
        if (assistant.modelId().isEmpty()) {
            stored.modelId(ids.bubbleId(clock));
        }
        SynthflowAssistant result = stored.build();
        result.phoneNumber().ifPresent(phone -> {
            if (!numbers.containsKey(slugOf(phone))) {
                throw new IllegalArgumentException("add the number " + phone + " before an assistant bound to it");
            }
            if ("inbound".equals(result.type())) {
                boundAt.put(slugOf(phone), clock.instant());
            }
        });
        assistants.put(result.modelId().orElseThrow(), result);
        return result;
    }

    /**
     * @param action an action to store
     * @return the stored action, with its id filled in
     */
    public SynthflowAction addAction(SynthflowAction action) {
        SynthflowAction result = action.actionId().isPresent() ? action
                : action.toBuilder().actionId(ids.uuid()).build();
        actions.put(result.actionId().orElseThrow(), result);
        return result;
    }

    /**
     * @param call a call record to store
     * @return the stored call, with its id filled in
     */
    public SynthflowCall addCall(SynthflowCall call) {
        SynthflowCall.Builder stored = SynthflowCall.builder(call.modelId())
                .callId(call.callId().orElseGet(ids::uuid));
        call.fields().forEach(stored::field);
        if (!call.fields().containsKey("start_time")) {
            stored.startTime(clock.instant());
        }
        SynthflowCall result = stored.build();
        calls.put(result.callId().orElseThrow(), result);
        return result;
    }

    /** @return the numbers, in import order */
    public List<SynthflowNumber> numbers() {
        return List.copyOf(numbers.values());
    }

    /** @return the assistants, in creation order */
    public List<SynthflowAssistant> assistants() {
        return List.copyOf(assistants.values());
    }

    /** @return the actions, in creation order */
    public List<SynthflowAction> actions() {
        return List.copyOf(actions.values());
    }

    /** @return the calls, in insertion order */
    public List<SynthflowCall> calls() {
        return List.copyOf(calls.values());
    }

    /**
     * Removes a number out of band, as someone in the dashboard would.
     *
     * @param phoneNumber E.164
     * @return whether it existed
     */
    public boolean removeNumber(String phoneNumber) {
        return deleteNumber(slugOf(phoneNumber));
    }

    /**
     * Removes an assistant out of band.
     *
     * @param modelId the agent id
     * @return whether it existed
     */
    public boolean removeAssistant(String modelId) {
        return deleteAssistant(modelId);
    }

    /**
     * The simulator's stand-in for SIP registration: a number counts as registered once it has
     * been bound to an inbound agent for at least the registration delay.
     *
     * @param phoneNumber E.164
     * @return whether it is registered now
     */
    public boolean isRegistered(String phoneNumber) {
        return inboundAssistantOf(slugOf(phoneNumber)).isPresent() && registrationElapsed(slugOf(phoneNumber));
    }

    // ------------------------------------------------------------------ dispatch

    @Override
    public SimResponse handle(RecordedRequest request) {
        try {
            authenticate(request);
            return route(request);
        } catch (ApiError e) {
            return e.response();
        }
    }

    private void authenticate(RecordedRequest request) {
        String header = request.header("Authorization").orElse("");
        String prefix = "bearer ";
        boolean valid = header.regionMatches(true, 0, prefix, 0, prefix.length())
                && Secret.of("x" + header.substring(prefix.length()).trim()).matches(Secret.of("x" + apiKey.reveal()));
        if (!valid) {
            throw errors.detail(401, "Invalid or missing API key. Send 'Authorization: Bearer <API_KEY>'.");
        }
    }

    private SimResponse route(RecordedRequest r) {
        String path = r.path();
        String method = r.method();
        if (CUSTOM_NUMBERS.matches(path)) {
            return only(method, "POST", () -> createCustomNumber(r));
        }
        if (NUMBERS.matches(path)) {
            return only(method, "GET", () -> listNumbers(r));
        }
        Optional<Map<String, String>> m = NUMBER.match(path);
        if (m.isPresent()) {
            String slug = m.get().get("slug");
            return switch (method) {
                case "GET" -> getNumber(r, slug);
                case "PATCH" -> patchNumber(r, slug);
                case "DELETE" -> deleteNumberEndpoint(slug);
                default -> throw methodNotAllowed();
            };
        }
        if (ASSISTANTS.matches(path) || ASSISTANTS_SLASH.matches(path)) {
            return switch (method) {
                case "GET" -> listAssistants(r);
                case "POST" -> createAssistant(r);
                default -> throw methodNotAllowed();
            };
        }
        m = ASSISTANT.match(path);
        if (m.isPresent()) {
            String id = m.get().get("id");
            return switch (method) {
                case "GET" -> getAssistant(r, id);
                case "PUT" -> updateAssistant(r, id);
                case "DELETE" -> deleteAssistantEndpoint(id);
                default -> throw methodNotAllowed();
            };
        }
        if (ACTIONS.matches(path)) {
            return switch (method) {
                case "GET" -> listActions(r);
                case "POST" -> createAction(r);
                default -> throw methodNotAllowed();
            };
        }
        if (ACTIONS_ATTACH.matches(path) && "POST".equals(method)) {
            return attachActions(r);
        }
        if (ACTIONS_DETACH.matches(path) && "POST".equals(method)) {
            return detachActions(r);
        }
        m = ACTION.match(path);
        if (m.isPresent()) {
            String id = m.get().get("id");
            return switch (method) {
                case "GET" -> getAction(r, id);
                case "PUT" -> updateAction(r, id);
                case "DELETE" -> deleteActionEndpoint(id);
                default -> throw methodNotAllowed();
            };
        }
        if (CALLS.matches(path)) {
            return only(method, "GET", () -> listCalls(r));
        }
        m = CALL.match(path);
        if (m.isPresent()) {
            String id = m.get().get("id");
            return only(method, "GET", () -> getCall(id));
        }
        throw errors.noRoute();
    }

    private SimResponse only(String method, String allowed, java.util.function.Supplier<SimResponse> endpoint) {
        if (!allowed.equals(method)) {
            throw methodNotAllowed();
        }
        return endpoint.get();
    }

    private ApiError methodNotAllowed() {
        return errors.detail(405, "Method Not Allowed");
    }

    // ------------------------------------------------------------------ phone numbers

    private SimResponse createCustomNumber(RecordedRequest r) {
        ObjectNode body = bodyOf(r);
        refuseUndeclared(body, "POST /custom-numbers");
        String workspace = requiredText(body, "workspace_id");
        String phone = requiredText(body, "phone_number");
        checkWorkspace(workspace);
        if (!providerImportEnabled) {
            throw errors.detail(403, "provider import is not enabled for this workspace");
        }
        String provider = optionalText(body, "provider_name").orElse("custom");
        if (!PROVIDERS.contains(provider)) {
            throw errors.detail(400, "provider_name must be one of " + new java.util.TreeSet<>(PROVIDERS));
        }
        if (!E164.matcher(phone).matches() && !Set.of("five9", "zoom").contains(provider)) {
            throw errors.detail(400, "phone_number must be in E.164 format, e.g. +33123456789");
        }
        Optional<String> terminationUri = optionalText(body, "termination_uri").filter(s -> !s.isBlank());
        if (terminationUri.isEmpty() && !AUTO_SIP_DOMAINS.containsKey(provider)) {
            throw errors.detail(400, "termination_uri is required for provider_name " + provider);
        }
        if (numbers.containsKey(slugOf(phone))) {
            throw errors.detail(400, "phone number " + phone + " already exists in this workspace");
        }
        SynthflowNumber.Builder number = SynthflowNumber.builder(phone).providerName(provider);
        terminationUri.or(() -> Optional.ofNullable(AUTO_SIP_DOMAINS.get(provider)).filter(s -> !s.isEmpty()))
                .ifPresent(number::terminationUri);
        applyNumberFields(body, number);
        SynthflowNumber candidate = number.build();
        checkUac(candidate, body.has("uac_enabled") && candidate.uacEnabled());
        if (candidate.uacEnabled() && candidate.uacRegisterExpires().isEmpty()) {
            number.uacRegisterExpires(300);
        }
        SynthflowNumber stored = addNumber(number.build());
        ObjectNode response = Json.object()
                .put("key", stored.key().orElseThrow())
                .put("phone_number", stored.phoneNumber());
        return ok(response);
    }

    private void applyNumberFields(ObjectNode body, SynthflowNumber.Builder number) {
        optionalText(body, "friendly_name").ifPresent(number::friendlyName);
        optionalText(body, "trunk_username").ifPresent(number::trunkUsername);
        optionalText(body, "trunk_pwd").filter(s -> !s.isBlank()).map(Secret::of).ifPresent(number::trunkPassword);
        optionalText(body, "sip_outbound_proxy").ifPresent(number::sipOutboundProxy);
        optionalText(body, "sip_auth_username").ifPresent(number::sipAuthUsername);
        optionalBoolean(body, "uac_enabled").ifPresent(number::uacEnabled);
        optionalInt(body, "uac_register_expires").ifPresent(number::uacRegisterExpires);
    }

    private void checkUac(SynthflowNumber number, boolean enabling) {
        if (enabling && (number.trunkUsername().isEmpty() || number.trunkPassword().isEmpty())) {
            throw errors.detail(400, "trunk_username and trunk_pwd are required when uac_enabled is true");
        }
        number.uacRegisterExpires().ifPresent(expires -> {
            if (expires < 60 || expires > 3600) {
                throw errors.detail(400, "uac_register_expires must be between 60 and 3600 seconds, got " + expires);
            }
        });
    }

    private SimResponse listNumbers(RecordedRequest r) {
        String workspace = r.queryParameter("workspace")
                .orElseThrow(() -> errors.detail(400, "query parameter 'workspace' is required"));
        checkWorkspace(workspace);
        Page page = Page.of(r, errors);
        Optional<Boolean> available = r.queryParameter("is_available").map(this::parseBoolean);
        List<SynthflowNumber> matching = numbers.values().stream()
                .filter(n -> available.isEmpty() || available.get() == isAvailable(n.slug()))
                .toList();
        ArrayNode items = Json.array();
        page.slice(matching).forEach(n -> items.addObject()
                .put("number", n.phoneNumber())
                .putNull("sid")
                .put("is_available", isAvailable(n.slug())));
        ObjectNode response = Json.object();
        response.set("pagination", page.pagination(matching.size()));
        response.set("phone_numbers", items);
        return ok(response);
    }

    private SimResponse getNumber(RecordedRequest r, String slug) {
        String workspace = r.queryParameter("workspace")
                .orElseThrow(() -> errors.detail(400, "query parameter 'workspace' is required"));
        checkWorkspace(workspace);
        SynthflowNumber n = numberOrNotFound(slug);
        ObjectNode flat = Json.object()
                .put("slug", n.slug())
                .put("address_requirement", "none")
                .put("phone_number", n.phoneNumber());
        putNullable(flat, "friendly_name", n.friendlyName());
        flat.put("is_sms_capable", false)
                .put("is_voice_capable", true);
        putNullable(flat, "iso_country", CountryCodes.country(n.phoneNumber()));
        flat.put("locality", "");
        putNullable(flat, "sip_auth_username", n.sipAuthUsername());
        putNullable(flat, "sip_outbound_proxy", n.sipOutboundProxy());
        putNullable(flat, "sip_term_uri", n.terminationUri());
        flat.put("uac_enabled", n.uacEnabled());
        if (n.uacRegisterExpires().isPresent()) {
            flat.put("uac_register_expires", n.uacRegisterExpires().get());
        } else {
            flat.putNull("uac_register_expires");
        }
        flat.putNull("sid")
                .put("provider_name", n.providerName())
                .put("region", "")
                .put("is_available", isAvailable(slug))
                .putNull("agency_workspace_id")
                .put("workspace_id", workspaceId)
                .put("created_at", n.createdAt().orElse(clock.instant()).toString());
        putNullable(flat, "updated_at", n.updatedAt().map(Instant::toString));
        ArrayNode attached = flat.putArray("assistants");
        visibleAssistantsOf(slug).forEach(attached::add);
        return SimResponse.json(200, Json.write(flat));
    }

    private SimResponse patchNumber(RecordedRequest r, String slug) {
        SynthflowNumber current = numberOrNotFound(slug);
        ObjectNode body = bodyOf(r);
        refuseUndeclared(body, "PATCH /numbers/{phone_number_slug}");
        SynthflowNumber.Builder updated = current.toBuilder();
        String provider = optionalText(body, "provider_name").orElse(current.providerName());
        if (!PROVIDERS.contains(provider)) {
            throw errors.detail(400, "provider_name must be one of " + new java.util.TreeSet<>(PROVIDERS));
        }
        updated.providerName(provider);
        optionalText(body, "sip_term_uri").or(() -> optionalText(body, "termination_uri"))
                .filter(s -> !s.isBlank()).ifPresent(updated::terminationUri);
        applyNumberFields(body, updated);
        SynthflowNumber candidate = updated.build();
        if (candidate.terminationUri().isEmpty() && !AUTO_SIP_DOMAINS.containsKey(provider)) {
            throw errors.detail(400, "sip_term_uri is required for provider_name " + provider);
        }
        checkUac(candidate, candidate.uacEnabled() && body.has("uac_enabled"));
        numbers.put(slug, updated.updatedAt(clock.instant()).build());
        return SimResponse.json(200, "{\"status\":\"ok\"}");
    }

    private SimResponse deleteNumberEndpoint(String slug) {
        if (!deleteNumber(slug)) {
            throw numberNotFound();
        }
        return SimResponse.json(200, "{\"status\":\"ok\"}");
    }

    /** Deleting a number detaches it from every agent, as Synthflow documents. */
    private boolean deleteNumber(String slug) {
        SynthflowNumber removed = numbers.remove(slug);
        if (removed == null) {
            return false;
        }
        boundAt.remove(slug);
        for (SynthflowAssistant a : List.copyOf(assistants.values())) {
            if (a.phoneNumber().map(SynthflowApi::slugOf).filter(slug::equals).isPresent()) {
                assistants.put(a.modelId().orElseThrow(), withoutPhone(a));
            }
        }
        return true;
    }

    private SynthflowNumber numberOrNotFound(String slug) {
        SynthflowNumber n = numbers.get(slug);
        if (n == null) {
            throw numberNotFound();
        }
        return n;
    }

    /**
     * The OpenAPI documents only 200 and 400 for {@code /assistants/{model_id}} and
     * {@code /actions/{action_id}} (and the attach/detach that name them), so the documented-only
     * profile answers an unknown id with 400; the ledger's profile with 404.
     */
    private int unknownIdStatus() {
        return profile.documentedOnly() ? 400 : 404;
    }

    /**
     * The OpenAPI documents only 200 and 400 for {@code GET/PATCH/DELETE /numbers/{slug}}, so the
     * documented-only profile answers an unknown slug with 400; the ledger's profile with 404.
     */
    private ApiError numberNotFound() {
        return profile.documentedOnly() ? errors.detail(400, "Phone number not found") : errors.detail(404, "Not Found");
    }

    private boolean isAvailable(String slug) {
        return !(inboundAssistantOf(slug).isPresent() && registrationElapsed(slug));
    }

    private boolean registrationElapsed(String slug) {
        Instant since = boundAt.get(slug);
        return since != null && !clock.instant().isBefore(since.plus(registrationDelay));
    }

    private Optional<String> inboundAssistantOf(String slug) {
        return assistants.values().stream()
                .filter(a -> "inbound".equals(a.type()))
                .filter(a -> a.phoneNumber().map(SynthflowApi::slugOf).filter(slug::equals).isPresent())
                .map(a -> a.modelId().orElseThrow())
                .findFirst();
    }

    /** The inbound agent shows up only once "registered"; outbound agents using the number show at once. */
    private List<String> visibleAssistantsOf(String slug) {
        List<String> visible = new ArrayList<>();
        for (SynthflowAssistant a : assistants.values()) {
            boolean uses = a.phoneNumber().map(SynthflowApi::slugOf).filter(slug::equals).isPresent();
            if (uses && (!"inbound".equals(a.type()) || registrationElapsed(slug))) {
                visible.add(a.modelId().orElseThrow());
            }
        }
        return visible;
    }

    // ------------------------------------------------------------------ assistants

    private SimResponse createAssistant(RecordedRequest r) {
        ObjectNode body = structuredBodyOf(r);
        refuseUndeclared(body, "POST /assistants");
        String type = optionalText(body, "type").orElse("");
        if (!ASSISTANT_TYPES.contains(type)) {
            throw errors.structured(400, "validation_error", "type is required and must be one of inbound, outbound, widget");
        }
        String name = optionalText(body, "name").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.structured(400, "validation_error", "name is required"));
        JsonNode agent = body.get("agent");
        if (!(agent instanceof ObjectNode agentObject)) {
            throw errors.structured(400, "validation_error", "agent is required and must be an object");
        }
        SynthflowAssistant.Builder assistant = SynthflowAssistant.builder(name, type).modelId(ids.bubbleId(clock));
        ObjectNode storedAgent = agentObject.deepCopy();
        if (!storedAgent.has("timezone")) {
            storedAgent.put("timezone", DEFAULT_AGENT_TIMEZONE);
        }
        assistant.agent(Json.toMap(storedAgent));
        applyAttributes(body, assistant, Set.of("type", "name", "agent", "phone_number", "voice_engine_version"));
        optionalText(body, "voice_engine_version").ifPresent(assistant::voiceEngineVersion);
        Optional<String> phone = optionalText(body, "phone_number").filter(s -> !s.isBlank());
        if (phone.isPresent()) {
            checkBindable(phone.get(), type, null);
            assistant.phoneNumber(phone.get());
        }
        SynthflowAssistant stored = assistant.build();
        assistants.put(stored.modelId().orElseThrow(), stored);
        if (phone.isPresent() && "inbound".equals(type)) {
            boundAt.put(slugOf(phone.get()), clock.instant());
        }
        return assistantSaved(stored);
    }

    private SimResponse updateAssistant(RecordedRequest r, String modelId) {
        SynthflowAssistant current = assistantOrNotFound(modelId);
        ObjectNode body = structuredBodyOf(r);
        refuseUndeclared(body, "PUT /assistants/{model_id}");
        String name = optionalText(body, "name").filter(s -> !s.isBlank()).orElse(current.name());
        JsonNode agentPatch = body.get("agent");
        if (agentPatch != null && !(agentPatch instanceof ObjectNode)) {
            throw errors.structured(400, "validation_error", "agent must be an object");
        }
        ObjectNode agent = (ObjectNode) Json.tree(current.agent());
        if (agentPatch instanceof ObjectNode patch) {
            agent.setAll(patch);
        }
        SynthflowAssistant.Builder result = SynthflowAssistant.builder(name, current.type()).modelId(modelId)
                .agent(Json.toMap(agent));
        current.attributes().forEach(result::attribute);
        applyAttributes(body, result, Set.of("type", "name", "agent", "phone_number", "voice_engine_version"));
        optionalText(body, "voice_engine_version").or(current::voiceEngineVersion).ifPresent(result::voiceEngineVersion);
        Optional<String> newPhone = body.has("phone_number")
                ? optionalText(body, "phone_number").filter(s -> !s.isBlank())
                : current.phoneNumber();
        if (newPhone.isPresent()) {
            checkBindable(newPhone.get(), current.type(), modelId);
            result.phoneNumber(newPhone.get());
        }
        rebind(current, newPhone);
        SynthflowAssistant stored = result.build();
        assistants.put(modelId, stored);
        return assistantSaved(stored);
    }

    /** Moving an inbound agent to another number restarts that number's registration; the old one is freed. */
    private void rebind(SynthflowAssistant current, Optional<String> newPhone) {
        Optional<String> oldSlug = current.phoneNumber().map(SynthflowApi::slugOf);
        Optional<String> newSlug = newPhone.map(SynthflowApi::slugOf);
        if (!"inbound".equals(current.type()) || oldSlug.equals(newSlug)) {
            return;
        }
        oldSlug.ifPresent(boundAt::remove);
        newSlug.ifPresent(slug -> boundAt.put(slug, clock.instant()));
    }

    private void checkBindable(String phone, String type, String modelId) {
        String slug = slugOf(phone);
        if (!numbers.containsKey(slug)) {
            throw errors.structured(400, "validation_error",
                    "phone_number " + phone + " does not exist in this workspace; import it first");
        }
        if ("inbound".equals(type)) {
            Optional<String> holder = inboundAssistantOf(slug);
            if (holder.isPresent() && !holder.get().equals(modelId)) {
                throw errors.structured(400, "validation_error", "phone_number " + phone
                        + " is already attached to inbound agent " + holder.get()
                        + "; a number serves one inbound agent");
            }
        }
    }

    private void applyAttributes(ObjectNode body, SynthflowAssistant.Builder assistant, Set<String> skip) {
        Map<String, Object> all = Json.toMap(body);
        all.forEach((field, value) -> {
            if (!skip.contains(field) && value != null) {
                assistant.attribute(field, value);
            }
        });
    }

    private SimResponse assistantSaved(SynthflowAssistant a) {
        ObjectNode envelope = Json.object().put("status", "ok");
        envelope.putObject("response").put("model_id", a.modelId().orElseThrow());
        envelope.putObject("details")
                .put("phone", a.phoneNumber().orElse(""))
                .put("voice", String.valueOf(a.agent().getOrDefault("voice_id", "")));
        return SimResponse.json(200, Json.write(envelope));
    }

    private SimResponse listAssistants(RecordedRequest r) {
        Page page = Page.of(r, errors);
        List<SynthflowAssistant> all = List.copyOf(assistants.values());
        ArrayNode items = Json.array();
        page.slice(all).forEach(a -> items.add(render(a, false)));
        ObjectNode response = Json.object();
        response.set("pagination", page.pagination(all.size()));
        response.set("assistants", items);
        return ok(response);
    }

    private SimResponse getAssistant(RecordedRequest r, String modelId) {
        SynthflowAssistant a = assistantOrNotFound(modelId);
        boolean includeActions = r.queryParameter("include_actions").map(this::parseBoolean).orElse(false);
        ObjectNode response = Json.object();
        response.set("pagination", Page.pagination(1, 20, 0));
        response.putArray("assistants").add(render(a, includeActions));
        return ok(response);
    }

    private ObjectNode render(SynthflowAssistant a, boolean includeActions) {
        String modelId = a.modelId().orElseThrow();
        ObjectNode node = Json.object()
                .put("model_id", modelId)
                .put("type", a.type())
                .put("name", a.name())
                .put("phone_number", a.phoneNumber().orElse(""))
                .put("description", "")
                .put("external_webhook_url", "")
                .put("is_recording", false);
        a.attributes().forEach((field, value) -> {
            if (!"inbound_call_webhook_url".equals(field)) {
                node.set(field, Json.tree(value));
            }
        });
        node.set("agent", Json.tree(a.agent()));
        node.putArray("attached_phone_numbers");
        ArrayNode actionIds = node.putArray("actions");
        ArrayNode inputVariables = node.putArray("input_variables");
        if (includeActions) {
            for (SynthflowAction action : actions.values()) {
                if (action.attachments().containsKey(modelId)) {
                    String id = action.actionId().orElseThrow();
                    actionIds.add(id);
                    ObjectNode variables = inputVariables.addObject().put("action_id", id);
                    variables.putArray("values");
                    variables.putNull("trigger_condition");
                }
            }
        }
        return node;
    }

    private SimResponse deleteAssistantEndpoint(String modelId) {
        if (!deleteAssistant(modelId)) {
            throw errors.structured(unknownIdStatus(), "not_found", "Assistant " + modelId + " not found");
        }
        ObjectNode response = Json.object().put("answer", "Assistant deleted successfully");
        return ok(response);
    }

    private boolean deleteAssistant(String modelId) {
        SynthflowAssistant removed = assistants.remove(modelId);
        if (removed == null) {
            return false;
        }
        if ("inbound".equals(removed.type())) {
            removed.phoneNumber().map(SynthflowApi::slugOf).ifPresent(boundAt::remove);
        }
        for (SynthflowAction action : List.copyOf(actions.values())) {
            if (action.attachments().containsKey(modelId)) {
                actions.put(action.actionId().orElseThrow(), action.toBuilder().detachFrom(modelId).build());
            }
        }
        return true;
    }

    private SynthflowAssistant assistantOrNotFound(String modelId) {
        SynthflowAssistant a = assistants.get(modelId);
        if (a == null) {
            throw errors.structured(unknownIdStatus(), "not_found", "Assistant " + modelId + " not found");
        }
        return a;
    }

    private static SynthflowAssistant withoutPhone(SynthflowAssistant a) {
        SynthflowAssistant.Builder b = SynthflowAssistant.builder(a.name(), a.type())
                .modelId(a.modelId().orElseThrow()).agent(a.agent());
        a.attributes().forEach(b::attribute);
        a.voiceEngineVersion().ifPresent(b::voiceEngineVersion);
        return b.build();
    }

    // ------------------------------------------------------------------ actions

    private SimResponse createAction(RecordedRequest r) {
        ObjectNode body = bodyOf(r);
        Map.Entry<String, ObjectNode> keyed = keyedAction(body);
        String type = keyed.getKey();
        if ("LIVE_TRANSFER".equals(type)) {
            checkLiveTransfer(keyed.getValue());
        }
        SynthflowAction stored = addAction(SynthflowAction.builder(type).config(Json.toMap(keyed.getValue())).build());
        ObjectNode response = Json.object()
                .put("action_id", stored.actionId().orElseThrow())
                .put("action_type", type);
        response.putArray("prompt_variables");
        return ok(response);
    }

    private SimResponse updateAction(RecordedRequest r, String actionId) {
        SynthflowAction current = actionOrNotFound(actionId);
        ObjectNode body = bodyOf(r);
        Map.Entry<String, ObjectNode> keyed = keyedAction(body);
        String type = keyed.getKey();
        if ("CUSTOM_EVAL".equals(type)) {
            throw errors.detail(400, "CUSTOM_EVAL actions cannot be updated");
        }
        if (!type.equals(current.actionType())) {
            throw errors.detail(400, "action " + actionId + " is a " + current.actionType() + ", not a " + type);
        }
        ObjectNode config;
        if ("LIVE_TRANSFER".equals(type)) {
            checkLiveTransfer(keyed.getValue());
            config = keyed.getValue();
        } else {
            config = (ObjectNode) Json.tree(current.config());
            config.setAll(keyed.getValue());
        }
        actions.put(actionId, current.toBuilder().config(Json.toMap(config)).build());
        return ok(Json.object().put("action_id", actionId));
    }

    /** The body carries exactly one key, the action type; there is no discriminator field. */
    private Map.Entry<String, ObjectNode> keyedAction(ObjectNode body) {
        List<String> keys = new ArrayList<>();
        body.fieldNames().forEachRemaining(keys::add);
        if (keys.size() != 1 || !ACTION_TYPES.contains(keys.get(0))) {
            throw errors.detail(400, "the body must have exactly one key, the action type, one of "
                    + new java.util.TreeSet<>(ACTION_TYPES) + "; got " + keys);
        }
        JsonNode config = body.get(keys.get(0));
        if (!(config instanceof ObjectNode object)) {
            throw errors.detail(400, keys.get(0) + " must be an object");
        }
        return Map.entry(keys.get(0), object);
    }

    private void checkLiveTransfer(ObjectNode transfer) {
        List<String> problems = new ArrayList<>();
        if (profile.documentedOnly()) {
            List<String> extra = DocumentedFields.undeclared(transfer, DocumentedFields.LIVE_TRANSFER_FIELDS);
            if (!extra.isEmpty()) {
                problems.add("unknown field(s) " + extra);
            }
        }
        String mode = optionalText(transfer, "transfer_mode").orElse("");
        if (!TRANSFER_MODES.contains(mode)) {
            problems.add("transfer_mode is required and must be one of " + new java.util.TreeSet<>(TRANSFER_MODES));
        }
        for (String field : List.of("instructions", "initiating_msg")) {
            if (optionalText(transfer, field).filter(s -> !s.isBlank()).isEmpty()) {
                problems.add(field + " is required");
            }
        }
        boolean phone = optionalText(transfer, "phone").filter(s -> !s.isBlank()).isPresent();
        boolean phoneBook = optionalText(transfer, "phone_book_id").filter(s -> !s.isBlank()).isPresent();
        if (phone == phoneBook) {
            problems.add("exactly one of phone or phone_book_id is required");
        }
        if (!problems.isEmpty()) {
            throw errors.detail(400, "LIVE_TRANSFER: " + String.join("; ", problems));
        }
    }

    private SimResponse listActions(RecordedRequest r) {
        Page page = Page.of(r, errors);
        List<SynthflowAction> all = List.copyOf(actions.values());
        ArrayNode items = Json.array();
        page.slice(all).forEach(a -> items.add(summary(a)));
        ObjectNode response = Json.object();
        response.set("pagination", page.pagination(all.size()));
        response.set("actions", items);
        return ok(response);
    }

    private ObjectNode summary(SynthflowAction a) {
        ObjectNode node = Json.object()
                .put("action_id", a.actionId().orElseThrow())
                .put("action_type", a.actionType())
                .put("name", actionName(a))
                .put("description", actionDescription(a));
        ObjectNode hardCoded = node.putObject("parameters_hard_coded");
        if ("LIVE_TRANSFER".equals(a.actionType()) && !profile.documentedOnly()) {
            // The OAS example shows a SEND_SMS action's configured text here under its create-body
            // name (sms_message_text); by the same rule a LIVE_TRANSFER's configured values appear
            // under theirs. Unconfirmed for LIVE_TRANSFER, but it is the reading trunkline-synthflow's
            // LiveTransferMatcher relies on to find an action again after a create whose answer was lost.
            a.config().forEach((field, value) -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    hardCoded.set(field, Json.tree(value));
                }
            });
        }
        return node;
    }

    /** Synthflow does not document how it names API-created actions; the simulator uses the config's name or the type. */
    private static String actionName(SynthflowAction a) {
        Object name = a.config().get("name");
        return name instanceof String s ? s : a.actionType();
    }

    private static String actionDescription(SynthflowAction a) {
        Object description = a.config().getOrDefault("description", a.config().get("instructions"));
        return description instanceof String s ? s : "";
    }

    private SimResponse getAction(RecordedRequest r, String actionId) {
        SynthflowAction a = actionOrNotFound(actionId);
        boolean includeAssistants = r.queryParameter("include_assistants").map(this::parseBoolean).orElse(false);
        ObjectNode node = summary(a);
        ObjectNode inputVariables = node.putObject("input_variables");
        inputVariables.putArray("values");
        ArrayNode attachedTo = inputVariables.putArray("assistants");
        a.attachments().forEach((modelId, attachmentType) -> {
            ObjectNode attachment = attachedTo.addObject()
                    .put("model_id", modelId)
                    .put("attachment_type", attachmentType);
            attachment.putArray("input_variables_mapping");
        });
        if (includeAssistants) {
            ArrayNode ids = node.putArray("assistants");
            a.assistantIds().forEach(ids::add);
        }
        ObjectNode response = Json.object();
        response.putArray("actions").add(node);
        return ok(response);
    }

    private SimResponse deleteActionEndpoint(String actionId) {
        actionOrNotFound(actionId);
        actions.remove(actionId);
        return ok(Json.object().put("answer", "Action deleted successfully"));
    }

    private SimResponse attachActions(RecordedRequest r) {
        ObjectNode body = structuredBodyOf(r);
        refuseUndeclared(body, "POST /actions/attach");
        String modelId = modelIdForAttachment(body);
        Map<String, String> requested = new LinkedHashMap<>();
        textArray(body, "actions").forEach(id -> requested.put(id, "during"));
        JsonNode items = body.get("items");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                String id = Json.text(item, "action_id").or(() -> Json.text(item, "slug"))
                        .orElseThrow(() -> errors.structured(400, "validation_error", "each item needs action_id or slug"));
                String attachmentType = Json.text(item, "attachment_type").orElse("during");
                if (!ATTACHMENT_TYPES.contains(attachmentType)) {
                    throw errors.structured(400, "validation_error", "attachment_type must be before, during or after");
                }
                requested.put(id, attachmentType);
            }
        }
        if (requested.isEmpty()) {
            throw errors.structured(400, "validation_error", "actions or items is required");
        }
        requested.keySet().forEach(this::actionOrStructuredNotFound);
        requested.forEach((id, attachmentType) ->
                actions.put(id, actions.get(id).toBuilder().attachTo(modelId, attachmentType).build()));
        return ok(Json.object());
    }

    private SimResponse detachActions(RecordedRequest r) {
        ObjectNode body = structuredBodyOf(r);
        refuseUndeclared(body, "POST /actions/detach");
        String modelId = modelIdForAttachment(body);
        List<String> requested = textArray(body, "actions");
        requested.forEach(this::actionOrStructuredNotFound);
        requested.forEach(id -> actions.put(id, actions.get(id).toBuilder().detachFrom(modelId).build()));
        return ok(Json.object());
    }

    private String modelIdForAttachment(ObjectNode body) {
        String modelId = optionalText(body, "model_id").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.structured(400, "validation_error", "model_id is required"));
        assistantOrNotFound(modelId);
        return modelId;
    }

    private SynthflowAction actionOrNotFound(String actionId) {
        SynthflowAction a = actions.get(actionId);
        if (a == null) {
            throw errors.detail(unknownIdStatus(), "Action " + actionId + " not found");
        }
        return a;
    }

    private void actionOrStructuredNotFound(String actionId) {
        if (!actions.containsKey(actionId)) {
            throw errors.structured(unknownIdStatus(), "not_found", "Action " + actionId + " not found");
        }
    }

    // ------------------------------------------------------------------ calls

    private SimResponse listCalls(RecordedRequest r) {
        String modelId = r.queryParameter("model_id").filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.detail(400, "query parameter 'model_id' is required"));
        Page page = Page.of(r, errors);
        Optional<Long> from = r.queryParameter("from_date").map(v -> parseLong(v, "from_date"));
        Optional<Long> to = r.queryParameter("to_date").map(v -> parseLong(v, "to_date"));
        Optional<Long> minDuration = r.queryParameter("duration_min").map(v -> parseLong(v, "duration_min"));
        Optional<Long> maxDuration = r.queryParameter("duration_max").map(v -> parseLong(v, "duration_max"));
        Optional<String> status = r.queryParameter("call_status");
        Optional<String> lead = r.queryParameter("lead_phone_number");
        List<ObjectNode> matching = new ArrayList<>();
        for (SynthflowCall call : calls.values()) {
            ObjectNode c = callFields(call);
            long start = Long.parseLong(c.get("start_time").asText());
            long duration = c.path("duration").asLong(0);
            boolean keep = call.modelId().equals(modelId)
                    && from.map(f -> start >= f).orElse(true)
                    && to.map(t -> start <= t).orElse(true)
                    && minDuration.map(m -> duration >= m).orElse(true)
                    && maxDuration.map(m -> duration <= m).orElse(true)
                    && status.map(s -> s.equals(c.path("status").asText())).orElse(true)
                    && lead.map(l -> l.equals(c.path("lead_phone_number").asText())).orElse(true);
            if (keep) {
                matching.add(c);
            }
        }
        ArrayNode items = Json.array();
        page.slice(matching).forEach(c -> items.add(listShape(c)));
        ObjectNode response = Json.object();
        response.set("pagination", page.pagination(matching.size()));
        response.set("calls", items);
        return ok(response);
    }

    private SimResponse getCall(String callId) {
        SynthflowCall call = calls.get(callId);
        if (call == null) {
            throw errors.structured(404, "not_found", "Call " + callId + " not found");
        }
        ObjectNode response = Json.object();
        response.set("pagination", Page.pagination(1, 1, 0));
        response.putArray("calls").add(detailShape(callFields(call)));
        return ok(response);
    }

    private ObjectNode callFields(SynthflowCall call) {
        ObjectNode c = (ObjectNode) Json.tree(call.fields());
        c.put("call_id", call.callId().orElseThrow());
        c.put("model_id", call.modelId());
        putDefault(c, "status", "completed");
        putDefault(c, "type_of_call", "inbound");
        putDefault(c, "campaign_type", c.get("type_of_call").asText());
        putDefault(c, "error_message", "");
        if (!c.has("lead_phone_number")) {
            String lead = "outbound".equals(c.get("type_of_call").asText()) ? "phone_number_to" : "phone_number_from";
            c.set("lead_phone_number", c.path(lead).isMissingNode() ? null : c.get(lead));
        }
        return c;
    }

    private static final List<String> LIST_FIELDS = List.of("call_id", "model_id", "duration", "end_call_reason",
            "judge_results", "lead_phone_number", "agents_used", "executed_actions", "recording_url", "type_of_call",
            "recording_duration", "transcript", "error_message", "call_status", "start_time", "lead_name", "name",
            "labels", "agent_phone_number", "deployment_type", "timezone", "telephony_hangup",
            "telephony_disconnect_reason", "telephony_duration", "telephony_start", "telephony_end", "campaign_type",
            "phone_number_from", "phone_number_to", "collected_variables");
    private static final List<String> DETAIL_FIELDS = List.of("call_id", "model_id", "campaign_type",
            "phone_number_from", "phone_number_to", "name", "transcript", "duration", "recording_url",
            "end_call_reason", "custom_end_call_reason", "error_message", "executed_actions", "prompt_variables",
            "type_of_call", "start_time", "timezone", "telephony_hangup", "telephony_disconnect_reason",
            "telephony_duration", "telephony_ringing_duration", "telephony_start", "telephony_end", "status",
            "collected_variables");
    private static final Set<String> OBJECT_FIELDS = Set.of("executed_actions", "prompt_variables", "collected_variables");
    private static final Set<String> ARRAY_FIELDS = Set.of("agents_used", "labels");

    /** The list item names the status {@code call_status}; the single call names it {@code status}. */
    private static ObjectNode listShape(ObjectNode c) {
        ObjectNode withListStatus = c.deepCopy();
        withListStatus.set("call_status", c.get("status"));
        return shape(withListStatus, LIST_FIELDS);
    }

    private static ObjectNode detailShape(ObjectNode c) {
        return shape(c, DETAIL_FIELDS);
    }

    private static ObjectNode shape(ObjectNode c, List<String> fields) {
        ObjectNode out = Json.object();
        for (String field : fields) {
            JsonNode value = c.get(field);
            if (value != null) {
                out.set(field, value);
            } else if (OBJECT_FIELDS.contains(field)) {
                out.putObject(field);
            } else if (ARRAY_FIELDS.contains(field)) {
                out.putArray(field);
            } else {
                out.putNull(field);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private void checkWorkspace(String workspace) {
        if (!workspaceId.equals(workspace)) {
            throw errors.detail(403, "API key is not scoped to workspace " + workspace);
        }
    }

    /** Under the documented-only profile, a body field the OpenAPI does not declare is a 400. */
    private void refuseUndeclared(ObjectNode body, String operation) {
        if (!profile.documentedOnly()) {
            return;
        }
        List<String> extra = DocumentedFields.undeclared(body, DocumentedFields.BODY_FIELDS.get(operation));
        if (!extra.isEmpty()) {
            throw errors.detail(400, "unknown field(s) " + extra + " in the body of " + operation);
        }
    }

    private ObjectNode bodyOf(RecordedRequest r) {
        return Json.parseObject(r.body()).orElseThrow(() -> errors.detail(400, "request body must be a JSON object"));
    }

    private ObjectNode structuredBodyOf(RecordedRequest r) {
        return Json.parseObject(r.body()).orElseThrow(() ->
                errors.structured(400, "validation_error", "request body must be a JSON object"));
    }

    private String requiredText(ObjectNode body, String field) {
        return optionalText(body, field).filter(s -> !s.isBlank())
                .orElseThrow(() -> errors.detail(400, field + " is required"));
    }

    private Optional<String> optionalText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw errors.detail(400, field + " must be a string");
        }
        return Optional.of(value.asText());
    }

    private Optional<Boolean> optionalBoolean(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw errors.detail(400, field + " must be a boolean");
        }
        return Optional.of(value.asBoolean());
    }

    private Optional<Integer> optionalInt(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw errors.detail(400, field + " must be an integer");
        }
        return Optional.of(value.asInt());
    }

    private List<String> textArray(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    private boolean parseBoolean(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw errors.detail(400, "expected true or false, got " + value);
    }

    private long parseLong(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw errors.detail(400, name + " must be an integer, got " + value);
        }
    }

    private static void putNullable(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void putDefault(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field)) {
            node.put(field, value);
        }
    }

    private static SimResponse ok(ObjectNode response) {
        ObjectNode envelope = Json.object().put("status", "ok");
        envelope.set("response", response);
        return SimResponse.json(200, Json.write(envelope));
    }

    /**
     * @param phone E.164 or a slug
     * @return the slug: the number without its leading {@code +}
     */
    public static String slugOf(String phone) {
        return phone.startsWith("+") ? phone.substring(1) : phone;
    }
}
