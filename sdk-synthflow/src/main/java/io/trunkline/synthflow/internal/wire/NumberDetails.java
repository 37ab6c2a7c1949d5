package io.trunkline.synthflow.internal.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A number as {@code GET /numbers/{phone_number_slug}} returns it (a flat object, no envelope).
 * Trunk credentials are never returned.
 *
 * @param slug {@code slug}: the number without '+'
 * @param addressRequirement {@code address_requirement}: the carrier's address requirement
 * @param phoneNumber {@code phone_number}: the number, E.164 (required in the answer)
 * @param friendlyName {@code friendly_name}: display name
 * @param isSmsCapable {@code is_sms_capable}: SMS capability
 * @param isVoiceCapable {@code is_voice_capable}: voice capability
 * @param isoCountry {@code iso_country}: ISO country code
 * @param locality {@code locality}: locality
 * @param sipAuthUsername {@code sip_auth_username}: REGISTER auth user
 * @param sipOutboundProxy {@code sip_outbound_proxy}: outbound proxy
 * @param sipTermUri {@code sip_term_uri}: the termination URI / SIP domain
 * @param uacEnabled {@code uac_enabled}: whether Synthflow REGISTERs to the carrier
 * @param uacRegisterExpires {@code uac_register_expires}: REGISTER expiry in seconds
 * @param sid {@code sid}: the carrier's id
 * @param providerName {@code provider_name}: the provider, e.g. {@code custom} (a string: new providers must not break reads)
 * @param region {@code region}: region
 * @param isAvailable {@code is_available}: {@code true} when no inbound assistant uses the number
 * @param agencyWorkspaceId {@code agency_workspace_id}: agency workspace, if any
 * @param workspaceId {@code workspace_id}: the owning workspace
 * @param createdAt {@code created_at}: creation time, ISO-8601 as sent
 * @param updatedAt {@code updated_at}: last update time, ISO-8601 as sent
 * @param assistants {@code assistants}: ids ({@code model_id}) of the assistants attached (empty, never null)
 * @param response {@code response}: the number when Synthflow wraps it in its usual envelope
 *     ({@code {"status":"ok","response":{…}}}), which it documents no envelope for this read; {@code null}
 *     for the documented flat body. Modelled as a member so that both shapes bind in one pass, without a
 *     JSON tree: see {@link #unwrapped()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberDetails(
        String slug,
        String addressRequirement,
        String phoneNumber,
        String friendlyName,
        Boolean isSmsCapable,
        Boolean isVoiceCapable,
        String isoCountry,
        String locality,
        String sipAuthUsername,
        String sipOutboundProxy,
        String sipTermUri,
        Boolean uacEnabled,
        Integer uacRegisterExpires,
        String sid,
        String providerName,
        String region,
        Boolean isAvailable,
        String agencyWorkspaceId,
        String workspaceId,
        String createdAt,
        String updatedAt,
        List<String> assistants,
        NumberDetails response) {

    /** Copies collections so the record stays immutable. */
    public NumberDetails {
        assistants = assistants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(assistants));
    }

    /** @return the number, from the envelope's {@code response} when there is one, else this body */
    public NumberDetails unwrapped() {
        return response != null ? response.unwrapped() : this;
    }

}
