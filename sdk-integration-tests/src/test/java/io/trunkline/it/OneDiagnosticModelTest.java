package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.diagnostic.Diagnostic;
import io.trunkline.core.diagnostic.DiagnosticCode;
import io.trunkline.core.exception.PlanningException;
import io.trunkline.core.lifecycle.VerificationReport;
import io.trunkline.diagnostics.diagnose.Diagnose;
import io.trunkline.diagnostics.diagnose.LiveState;
import io.trunkline.testkit.AircallNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One live problem, found three ways: planning refuses the plan, verify fails a check and Diagnose
 * reports it, each with the same diagnostic, so a person reads one code and one message wherever the
 * problem shows up.
 */
class OneDiagnosticModelTest {

    private final IntegrationPlan integration = Plans.integration(0);
    private Vendors vendors;

    @BeforeEach
    void lineOnClassicRouting() {
        vendors = new Vendors(1);
        vendors.aircall.removeNumber(Vendors.lineId(0));
        vendors.aircall.addNumber(AircallNumber.builder(Vendors.did(0).e164()).id(Vendors.lineId(0))
                .name("AI line 0").flowEditorEnabled(false).timeZone("Europe/Paris").build());
    }

    @AfterEach
    void stop() {
        vendors.close();
    }

    @Test
    void aLineNotOnSmartflowsReadsTheSameFromPlanningVerifyAndDiagnose() {
        Sdk sdk = Sdk.against(vendors).build();

        Diagnostic planning = catchThrowableOfType(PlanningException.class, () -> sdk.engine.plan(integration))
                .diagnostics().stream().filter(d -> d.code() == DiagnosticCode.LINE_NOT_ON_SMARTFLOWS)
                .findFirst().orElseThrow();
        VerificationReport.Check line = sdk.engine.verify(integration, Lifecycle.VERIFY).check("line");
        Diagnostic diagnose = Diagnose.plan(integration)
                .liveState(LiveState.read(integration, sdk.contactCenter, sdk.platform)).run()
                .find(DiagnosticCode.LINE_NOT_ON_SMARTFLOWS).orElseThrow();

        assertThat(planning.message()).contains("line " + Vendors.lineId(0)).contains("not managed by Smartflows");
        assertThat(line.status()).isEqualTo(VerificationReport.Check.Status.FAILED);
        assertThat(line.diagnostic()).contains(planning);
        assertThat(diagnose).isEqualTo(planning);
    }
}
