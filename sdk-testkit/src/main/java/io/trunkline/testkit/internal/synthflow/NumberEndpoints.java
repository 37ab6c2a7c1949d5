package io.trunkline.testkit.internal.synthflow;

import static io.trunkline.testkit.internal.synthflow.SynthflowRequests.ok;
import static io.trunkline.testkit.internal.synthflow.SynthflowRequests.putNullable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.internal.validation.CallingCodes;
import io.trunkline.core.model.Secret;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SynthflowNumber;
import io.trunkline.testkit.internal.ApiError;
import io.trunkline.testkit.internal.CountryCodes;
import io.trunkline.testkit.internal.Json;
import io.trunkline.testkit.internal.PathPattern;
import io.trunkline.testkit.internal.SimResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Synthflow's phone numbers: {@code POST /custom-numbers}, {@code GET /numbers}, {@code GET/PATCH/DELETE /numbers/{slug}}. */
final class NumberEndpoints extends SynthflowResource {

    static final Set<String> PROVIDERS =
            Set.of("twilio", "telnyx", "vonage", "ring_central", "ringcx", "custom", "zoom", "five9");
    /** Providers whose SIP domain Synthflow fills in itself; the others need {@code termination_uri}. */
    static final Map<String, String> AUTO_SIP_DOMAINS =
            Map.of("ringcx", "sip.ringcentral.com", "zoom", "sip.zoom.com", "five9", "");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private static final PathPattern CUSTOM_NUMBERS = PathPattern.compile("/v2/custom-numbers");
    private static final PathPattern NUMBERS = PathPattern.compile("/v2/numbers");
    private static final PathPattern NUMBER = PathPattern.compile("/v2/numbers/{slug}");


    NumberEndpoints(SynthflowStore store, SynthflowRequests requests) {
        super(store, requests);
    }

    @Override
    public Optional<SimResponse> route(RecordedRequest r) {
        String path = r.path();
        if (CUSTOM_NUMBERS.matches(path)) {
            return requests.only(r.method(), "POST", () -> createCustomNumber(r));
        }
        if (NUMBERS.matches(path)) {
            return requests.only(r.method(), "GET", () -> listNumbers(r));
        }
        return NUMBER.match(path).map(m -> m.get("slug")).map(slug -> switch (r.method()) {
            case "GET" -> getNumber(r, slug);
            case "PATCH" -> patchNumber(r, slug);
            case "DELETE" -> deleteNumber(slug);
            default -> throw requests.methodNotAllowed();
        });
    }

    private SimResponse createCustomNumber(RecordedRequest r) {
        ObjectNode body = requests.bodyOf(r);
        requests.refuseUndeclared(body, "POST /custom-numbers");
        String workspace = requests.requiredText(body, "workspace_id");
        String phone = requests.requiredText(body, "phone_number");
        requests.checkWorkspace(workspace);
        if (!store.providerImportEnabled()) {
            throw errors.detail(403, "provider import is not enabled for this workspace");
        }
        String provider = knownProvider(requests.optionalText(body, "provider_name").orElse("custom"));
        if (!E164.matcher(phone).matches() && !Set.of("five9", "zoom").contains(provider)) {
            throw errors.detail(400, "phone_number must be in E.164 format, e.g. " + CallingCodes.exampleFor(phone));
        }
        Optional<String> terminationUri = requests.optionalText(body, "termination_uri").filter(s -> !s.isBlank());
        if (terminationUri.isEmpty() && !AUTO_SIP_DOMAINS.containsKey(provider)) {
            throw errors.detail(400, "termination_uri is required for provider_name " + provider);
        }
        if (store.number(SynthflowStore.slugOf(phone)).isPresent()) {
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
        SynthflowNumber stored = store.addNumber(number.build());
        ObjectNode response = Json.object()
                .put("key", stored.key().orElseThrow())
                .put("phone_number", stored.phoneNumber());
        return ok(response);
    }

    private String knownProvider(String provider) {
        if (!PROVIDERS.contains(provider)) {
            throw errors.detail(400, "provider_name must be one of " + new TreeSet<>(PROVIDERS));
        }
        return provider;
    }

    private void applyNumberFields(ObjectNode body, SynthflowNumber.Builder number) {
        requests.optionalText(body, "friendly_name").ifPresent(number::friendlyName);
        requests.optionalText(body, "trunk_username").ifPresent(number::trunkUsername);
        requests.optionalText(body, "trunk_pwd").filter(s -> !s.isBlank()).map(Secret::of)
                .ifPresent(number::trunkPassword);
        requests.optionalText(body, "sip_outbound_proxy").ifPresent(number::sipOutboundProxy);
        requests.optionalText(body, "sip_auth_username").ifPresent(number::sipAuthUsername);
        requests.optionalBoolean(body, "uac_enabled").ifPresent(number::uacEnabled);
        requests.optionalInt(body, "uac_register_expires").ifPresent(number::uacRegisterExpires);
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
        requests.checkWorkspaceQuery(r);
        Page page = Page.of(r, errors);
        Optional<Boolean> available = r.queryParameter("is_available").map(requests::parseBoolean);
        List<SynthflowNumber> matching = store.numbers().stream()
                .filter(n -> available.isEmpty() || available.get() == isAvailable(n.slug()))
                .toList();
        ArrayNode items = Json.array();
        page.slice(matching).forEach(n -> items.addObject()
                .put("number", n.phoneNumber())
                .putNull("sid")
                .put("is_available", isAvailable(n.slug())));
        return SynthflowRequests.page("phone_numbers", page.pagination(matching.size()), items);
    }

    private SimResponse getNumber(RecordedRequest r, String slug) {
        requests.checkWorkspaceQuery(r);
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
                .put("workspace_id", store.workspaceId())
                .put("created_at", n.createdAt().orElse(store.clock().instant()).toString());
        putNullable(flat, "updated_at", n.updatedAt().map(Instant::toString));
        ArrayNode attached = flat.putArray("assistants");
        store.visibleAssistantsOf(slug).forEach(attached::add);
        return SimResponse.json(200, Json.write(flat));
    }

    private SimResponse patchNumber(RecordedRequest r, String slug) {
        SynthflowNumber current = numberOrNotFound(slug);
        ObjectNode body = requests.bodyOf(r);
        requests.refuseUndeclared(body, "PATCH /numbers/{phone_number_slug}");
        SynthflowNumber.Builder updated = current.toBuilder();
        String provider = knownProvider(requests.optionalText(body, "provider_name").orElse(current.providerName()));
        updated.providerName(provider);
        requests.optionalText(body, "sip_term_uri").or(() -> requests.optionalText(body, "termination_uri"))
                .filter(s -> !s.isBlank()).ifPresent(updated::terminationUri);
        applyNumberFields(body, updated);
        SynthflowNumber candidate = updated.build();
        if (candidate.terminationUri().isEmpty() && !AUTO_SIP_DOMAINS.containsKey(provider)) {
            throw errors.detail(400, "sip_term_uri is required for provider_name " + provider);
        }
        checkUac(candidate, candidate.uacEnabled() && body.has("uac_enabled"));
        store.replaceNumber(updated.updatedAt(store.clock().instant()).build());
        return SimResponse.json(200, "{\"status\":\"ok\"}");
    }

    private SimResponse deleteNumber(String slug) {
        if (!store.deleteNumber(slug)) {
            throw numberNotFound();
        }
        return SimResponse.json(200, "{\"status\":\"ok\"}");
    }

    private SynthflowNumber numberOrNotFound(String slug) {
        return store.number(slug).orElseThrow(this::numberNotFound);
    }

    /**
     * The OpenAPI documents only 200 and 400 for {@code GET/PATCH/DELETE /numbers/{slug}}, so the
     * documented-only profile answers an unknown slug with 400; the ledger's profile with 404.
     */
    private ApiError numberNotFound() {
        return requests.profile().documentedOnly() ? errors.detail(400, "Phone number not found")
                : errors.detail(404, "Not Found");
    }

    private boolean isAvailable(String slug) {
        return !(store.inboundAssistantOf(slug).isPresent() && store.registrationElapsed(slug));
    }
}
