package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.model.Secret;
import org.junit.jupiter.api.Test;

/** Secrets reach the wire only where they must, and no rendering shows them. */
class SecretHandlingTest extends ClientTestBase {

    private static final String TRUNK_PWD = "trunk-pwd-5e3a1b";

    @Test
    void dtosHoldingATrunkPasswordMaskItInToString() {
        CustomNumberImport imported = CustomNumberImport.builder().phoneNumber("+33123456789").terminationUri("t")
                .trunkPwd(Secret.of(TRUNK_PWD)).build();
        NumberUpdate update = NumberUpdate.builder().trunkPwd(Secret.of(TRUNK_PWD)).build();

        assertThat(imported.toString()).doesNotContain(TRUNK_PWD).contains("trunkPwd=****").contains("+33123456789");
        assertThat(update.toString()).doesNotContain(TRUNK_PWD).contains("trunkPwd=****");
        assertThat(NumberUpdate.builder().friendlyName("f").build().toString()).contains("trunkPwd=null");
    }

    @Test
    void aForeignObjectMapperCannotSerialiseTheSecret() {
        NumberUpdate update = NumberUpdate.builder().trunkPwd(Secret.of(TRUNK_PWD)).build();

        assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(update))
                .hasMessageNotContaining(TRUNK_PWD);
    }

    @Test
    void exceptionsNeverCarryTheApiKeyOrTrunkPassword() {
        wm.stubFor(post("/v2/custom-numbers").willReturn(json(400,
                "{\"detail\":\"termination_uri is required\"}")));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.importCustomNumber(
                CustomNumberImport.builder().phoneNumber("+33123456789").terminationUri("t")
                        .trunkPwd(Secret.of(TRUNK_PWD)).build()));

        assertThat(thrown).hasMessageContaining("termination_uri is required");
        assertThat(thrown.toString()).doesNotContain(API_KEY).doesNotContain(TRUNK_PWD);
        assertThat(client.config().toString()).doesNotContain(API_KEY);
        assertThat(wm.getAllServeEvents()).singleElement().satisfies(event ->
                assertThat(event.getRequest().getBodyAsString()).contains(TRUNK_PWD));
        assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/v2/custom-numbers")))).hasSize(1);
    }
}
