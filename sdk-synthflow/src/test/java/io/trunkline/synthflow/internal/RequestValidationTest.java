package io.trunkline.synthflow.internal;

import io.trunkline.synthflow.internal.wire.ActionAttachment;
import io.trunkline.synthflow.internal.wire.CustomNumberImport;
import io.trunkline.synthflow.internal.wire.LiveTransferConfig;
import io.trunkline.synthflow.internal.wire.NumberSlug;
import io.trunkline.synthflow.internal.wire.NumberUpdate;
import io.trunkline.synthflow.internal.wire.ProviderName;
import io.trunkline.synthflow.internal.wire.TransferMode;
import io.trunkline.synthflow.SynthflowConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builders refuse what Synthflow documents as impossible before anything is sent. */
class RequestValidationTest {

    @Test
    void numberSlugDropsThePlusOfAnE164Number() {
        assertThat(NumberSlug.of("+33123456789")).isEqualTo("33123456789");
    }

    @Test
    void numberSlugRefusesNumbersThatAreNotE164() {
        assertThatThrownBy(() -> NumberSlug.of("33123456789")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("not E.164");
        assertThatThrownBy(() -> NumberSlug.of("+33 1 23 45 67 89")).isInstanceOf(InvalidConfigurationException.class);
    }

    @Test
    void aCustomNumberNeedsItsNumberAndATerminationUri() {
        InvalidConfigurationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidConfigurationException.class, () -> CustomNumberImport.builder().build());

        assertThat(e.problems()).hasSize(2);
        assertThat(e).hasMessageContaining("phoneNumber (phone_number) is required")
                .hasMessageContaining("terminationUri (termination_uri) is required for provider custom");
    }

    @Test
    void providersWithAnAutomaticSipDomainNeedNoTerminationUri() {
        assertThat(CustomNumberImport.builder().phoneNumber("+33123456789").providerName(ProviderName.ZOOM).build()
                .terminationUri()).isNull();
    }

    @Test
    void registeringToTheCarrierNeedsTrunkCredentialsAndAnExpiryInRange() {
        assertThatThrownBy(() -> CustomNumberImport.builder().phoneNumber("+33123456789").terminationUri("t")
                .uacEnabled(true).uacRegisterExpires(30).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("needs trunkUsername and trunkPwd")
                .hasMessageContaining("60 to 3600");
    }

    @Test
    void aLiveTransferNeedsExactlyOneDestinationAndItsRequiredTexts() {
        InvalidConfigurationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidConfigurationException.class, () -> LiveTransferConfig.builder()
                        .phone("+33123456789").phoneBookId("pb").build());

        assertThat(e).hasMessageContaining("transferMode").hasMessageContaining("instructions")
                .hasMessageContaining("initiatingMsg").hasMessageContaining("exactly one destination");
        assertThatThrownBy(() -> LiveTransferConfig.builder().transferMode(TransferMode.WARM_TRANSFER)
                .instructions("i").initiatingMsg("m").build())
                .hasMessageContaining("exactly one destination");
    }

    @Test
    void anEmptyNumberUpdateIsRefused() {
        assertThatThrownBy(() -> NumberUpdate.builder().build()).hasMessageContaining("at least one field");
    }

    @Test
    void clientArgumentsAreCheckedBeforeSending() {
        SynthflowEndpoints client = SynthflowEndpoints.create(SynthflowConfig.builder().apiKey(Secret.of("k"))
                .workspaceId("w").baseUrl("http://127.0.0.1:1/v2").build());

        assertThatThrownBy(() -> client.getNumber("+33123456789")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("NumberSlug.of");
        assertThatThrownBy(() -> client.listNumbers(0, 0)).isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> client.attachActions("m", List.of())).isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> client.getAssistant(" ", false)).isInstanceOf(InvalidConfigurationException.class);
        assertThatThrownBy(() -> client.getAssistant(null, false)).isInstanceOf(NullPointerException.class)
                .hasMessage("modelId");
    }

    @Test
    void builtRequestsAreImmutable() {
        List<String> reasons = new java.util.ArrayList<>(List.of("x"));
        ActionAttachment attachment = new ActionAttachment("m", reasons);
        reasons.add("y");

        assertThat(attachment.actions()).containsExactly("x");
    }
}
