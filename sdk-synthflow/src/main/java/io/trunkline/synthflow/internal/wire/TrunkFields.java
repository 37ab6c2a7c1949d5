package io.trunkline.synthflow.internal.wire;

import io.trunkline.core.model.Secret;

/**
 * The optional SIP trunk fields that the import body ({@code POST /custom-numbers}) and the update body
 * ({@code PATCH /numbers/{slug}}) both declare, under the same names, so that the mapping from a
 * number spec is written once for both.
 *
 * @param <B> the builder
 */
public interface TrunkFields<B extends TrunkFields<B>> {

    /**
     * @param friendlyName {@code friendly_name}, the display name
     * @return this builder
     */
    B friendlyName(String friendlyName);

    /**
     * @param trunkUsername {@code trunk_username}
     * @return this builder
     */
    B trunkUsername(String trunkUsername);

    /**
     * @param trunkPwd {@code trunk_pwd}
     * @return this builder
     */
    B trunkPwd(Secret trunkPwd);

    /**
     * @param sipOutboundProxy {@code sip_outbound_proxy}
     * @return this builder
     */
    B sipOutboundProxy(String sipOutboundProxy);

    /**
     * @param sipAuthUsername {@code sip_auth_username}, the REGISTER auth user
     * @return this builder
     */
    B sipAuthUsername(String sipAuthUsername);
}
