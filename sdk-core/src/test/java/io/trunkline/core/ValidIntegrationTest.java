package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.exception.PlanValidationException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.SipAuth;
import io.trunkline.core.model.SmartflowStep;
import io.trunkline.core.model.TransferTarget;
import org.junit.jupiter.api.Test;

class ValidIntegrationTest {

    @Test
    void aValidPlanYieldsItsPartsParsedAndPresent() {
        ValidIntegration valid = GuidePlans.credentialsAfterHours().build().validated();

        assertThat(valid.did()).isEqualTo(PhoneNumber.parse(GuidePlans.DID));
        assertThat(valid.terminationUri().secure()).isFalse();
        assertThat(valid.terminationUri().host()).isEqualTo("aircall-pbx.example.com");
        assertThat(valid.auth()).isInstanceOf(SipAuth.Credentials.class);
        assertThat(valid.forward().fallback()).isInstanceOf(SmartflowStep.Voicemail.class);
        assertThat(valid.assistant().id()).isEqualTo(GuidePlans.ASSISTANT_ID);
        assertThat(valid.dialledTransfers()).extracting(ValidIntegration.DialledTransfer::lineId)
                .containsExactly(5678L, 9012L);
    }

    @Test
    void aTransferDeliveredToASipUriDialsNoLine() {
        IntegrationPlan plan = GuidePlans.ipAllowlist()
                .addTransferTarget(TransferTarget.team(679).viaSipUri("sip:support@pbx.example.com").build()).build();

        ValidIntegration valid = plan.validated();

        assertThat(valid.transferTargets()).hasSize(2);
        assertThat(valid.dialledTransfers()).extracting(t -> t.target().id()).containsExactly(678L);
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryError() {
        IntegrationPlan plan = GuidePlans.ipAllowlist().did("01 23 45 67 89").assistant(null).build();

        assertThatThrownBy(plan::validated).isInstanceOfSatisfying(PlanValidationException.class, e ->
                assertThat(e.report().errors()).extracting(d -> d.code())
                        .contains(DiagnosticCode.ASSISTANT_MISSING).hasSizeGreaterThanOrEqualTo(2));
    }
}
