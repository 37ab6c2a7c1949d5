package io.trunkline.synthflow.internal;

import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.spi.AgentPlatform;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.ImportedNumber;
import io.trunkline.synthflow.internal.wire.NumberDetails;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import io.trunkline.synthflow.internal.wire.ProviderName;
import io.trunkline.synthflow.internal.wire.TrunkFields;
import java.util.List;
import java.util.function.Consumer;

/**
 * Translates between the engine's SIP number ({@link AgentPlatform.SipNumberSpec}, {@link AgentPlatform.SipNumberState}) and
 * Synthflow's custom-number bodies. Optional values left unset are never sent, so Synthflow keeps
 * its defaults; the trunk password is sent only when the spec has one (Synthflow never returns it).
 */
public final class SipNumberMapping {

    private SipNumberMapping() {
    }

    /**
     * The {@code POST /custom-numbers} body: provider {@code custom} (Synthflow has no Aircall
     * provider) with {@code termination_uri} back to Aircall. {@code uac_enabled} and
     * {@code uac_register_expires} are sent only when registration is enabled, so an IP-authenticated
     * trunk keeps Synthflow's defaults. {@code workspace_id} is filled in by the client.
     *
     * @param spec the desired number
     * @return the request body
     */
    public static CustomNumberImport importRequest(AgentPlatform.SipNumberSpec spec) {
        CustomNumberImport.Builder b = CustomNumberImport.builder()
                .phoneNumber(spec.did().e164())
                .providerName(ProviderName.CUSTOM)
                .terminationUri(spec.terminationUri());
        trunkFields(spec, b);
        if (spec.registrationEnabled()) {
            b.uacEnabled(true);
            if (spec.registrationExpirySeconds() != null) {
                b.uacRegisterExpires(spec.registrationExpirySeconds());
            }
        }
        return b.build();
    }

    /**
     * The {@code PATCH /numbers/{slug}} body writing every field the spec sets. {@code uac_enabled}
     * is always sent, because turning registration off is a change too.
     *
     * @param spec the desired number
     * @return the request body
     */
    public static NumberUpdate updateRequest(AgentPlatform.SipNumberSpec spec) {
        NumberUpdate.Builder b = NumberUpdate.builder();
        terminationUri(b, spec.terminationUri());
        trunkFields(spec, b);
        b.uacEnabled(spec.registrationEnabled());
        if (spec.registrationExpirySeconds() != null) {
            b.uacRegisterExpires(spec.registrationExpirySeconds());
        }
        return b.build();
    }

    /** Writes the optional trunk fields the spec sets; an unset one is left out of the body. */
    private static void trunkFields(AgentPlatform.SipNumberSpec spec, TrunkFields<?> b) {
        ifSet(spec.friendlyName(), b::friendlyName);
        ifSet(spec.trunkUsername(), b::trunkUsername);
        ifSet(spec.trunkPassword(), b::trunkPwd);
        ifSet(spec.outboundProxy(), b::sipOutboundProxy);
        ifSet(spec.authUsername(), b::sipAuthUsername);
    }

    private static <T> void ifSet(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /**
     * <strong>Unconfirmed choice, made only here.</strong> Synthflow's PATCH body documents
     * {@code sip_term_uri} and says {@code termination_uri} is "accepted as alias". Trunkline sends
     * {@code sip_term_uri}: it is the primary name and the one {@code GET /numbers/{slug}} returns,
     * so what is written is what drift detection reads. Switch to the alias here if Synthflow ever
     * ignores it.
     */
    private static void terminationUri(NumberUpdate.Builder b, String uri) {
        b.sipTermUri(uri);
    }

    /**
     * The number as {@code GET /numbers/{slug}} shows it. Blank strings count as unset.
     *
     * @param number Synthflow's answer
     * @return the state
     * @throws VendorConnectionException when {@code phone_number} is not E.164
     */
    public static AgentPlatform.SipNumberState state(NumberDetails number) {
        return new AgentPlatform.SipNumberState(VendorPhoneNumber.parse(number.phoneNumber(), Operation.GET_NUMBER, "phone_number"), blankToNull(number.friendlyName()),
                blankToNull(number.sipTermUri()), blankToNull(number.sipOutboundProxy()),
                blankToNull(number.sipAuthUsername()), Boolean.TRUE.equals(number.uacEnabled()),
                number.uacRegisterExpires(), number.assistants());
    }

    /**
     * The state right after an import, built from the spec and the answer instead of a second
     * request: {@code POST /custom-numbers} answers only the key and the number, and a fresh import
     * has no assistant attached. Values Synthflow defaults (registration expiry) stay as the spec
     * gave them.
     *
     * @param spec what was imported
     * @param answer Synthflow's answer
     * @return the state
     */
    public static AgentPlatform.SipNumberState created(AgentPlatform.SipNumberSpec spec, ImportedNumber answer) {
        return new AgentPlatform.SipNumberState(
                VendorPhoneNumber.parse(answer.phoneNumber(), Operation.IMPORT_CUSTOM_NUMBER, "phone_number"), spec.friendlyName(), spec.terminationUri(),
                spec.outboundProxy(), spec.authUsername(), spec.registrationEnabled(),
                spec.registrationEnabled() ? spec.registrationExpirySeconds() : null, List.of());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
