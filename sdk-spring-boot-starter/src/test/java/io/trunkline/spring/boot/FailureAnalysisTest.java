package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.model.Secret;
import io.trunkline.spring.boot.internal.InvalidTrunklinePropertiesException;
import io.trunkline.spring.boot.internal.TrunklinePropertiesFailureAnalyzer;
import io.trunkline.synthflow.SynthflowClient;
import io.trunkline.synthflow.SynthflowConfig;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Start-up with missing or invalid credentials fails with a report naming the property and the fix. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

    private static final String TOKEN = "tok-3f9a7c21e5";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TrunklineAutoConfiguration.class))
            .withPropertyValues("trunkline.state.type=memory");

    @Test
    void springBootPrintsTheAnalysisWhenTheApplicationFailsToStart(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TrunklineAutoConfiguration.class)
                .web(WebApplicationType.NONE).properties("trunkline.state.type=memory")
                .properties(aircallBasic("id-1", TOKEN));

        assertThatThrownBy(application::run).hasRootCauseInstanceOf(InvalidTrunklinePropertiesException.class);
        assertThat(output.getErr() + output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("trunkline.synthflow.api-key is missing or blank")
                .contains("Set the trunkline.synthflow.* properties named above").doesNotContain(TOKEN);
    }

    @Test
    void missingSynthflowCredentialsNameBothPropertiesAndWhereToGetThem() {
        startWith(analysis -> {
            assertThat(analysis.getDescription()).contains("trunkline.synthflow.api-key is missing or blank")
                    .contains("trunkline.synthflow.workspace-id is missing or blank")
                    .contains("Synthflow dashboard");
            assertThat(analysis.getAction()).contains("trunkline.synthflow.*")
                    .contains("TRUNKLINE_SYNTHFLOW_APIKEY");
        }, aircallBasic("id-1", TOKEN));
    }

    @Test
    void aBlankApiKeyIsReportedLikeAMissingOne() {
        startWith(analysis -> assertThat(analysis.getDescription())
                        .contains("trunkline.synthflow.api-key is missing or blank")
                        .doesNotContain("workspace-id"),
                "trunkline.synthflow.api-key=   ", "trunkline.synthflow.workspace-id=ws-1",
                aircallBasic("id-1", TOKEN)[0], aircallBasic("id-1", TOKEN)[1]);
    }

    @Test
    void anAircallTokenWithoutItsIdNamesTheMissingIdAndNeverShowsTheToken() {
        startWith(analysis -> {
            assertThat(analysis.getDescription()).contains("trunkline.aircall.api-id is missing or blank");
            assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(TOKEN);
        }, "trunkline.synthflow.api-key=" + TOKEN, "trunkline.synthflow.workspace-id=ws-1",
                "trunkline.aircall.api-token=" + TOKEN);
    }

    @Test
    void basicAndOAuthCredentialsTogetherAreRefused() {
        startWith(analysis -> assertThat(analysis.getDescription())
                        .contains("trunkline.aircall.access-token and trunkline.aircall.api-id/api-token are all set"),
                "trunkline.synthflow.api-key=k", "trunkline.synthflow.workspace-id=ws-1",
                aircallBasic("id-1", TOKEN)[0], aircallBasic("id-1", TOKEN)[1], "trunkline.aircall.access-token=" + TOKEN);
    }

    @Test
    void whatTheSdkRefusesIsReportedUnderTheVendorsProperties() {
        startWith(analysis -> assertThat(analysis.getDescription())
                        .contains("the trunkline.synthflow.* properties")
                        .contains("baseUrl"),
                "trunkline.synthflow.api-key=k", "trunkline.synthflow.workspace-id=ws-1",
                "trunkline.synthflow.base-url=http://api.example.com/v2",
                aircallBasic("id-1", TOKEN)[0], aircallBasic("id-1", TOKEN)[1]);
    }

    @Test
    void missingCredentialsOfBothVendorsAreReportedInOneStartUpFailure() {
        startWith(analysis -> {
            assertThat(analysis.getDescription()).contains("the trunkline.* properties")
                    .contains("trunkline.synthflow.api-key is missing or blank")
                    .contains("trunkline.synthflow.workspace-id is missing or blank")
                    .contains("trunkline.aircall.api-id and trunkline.aircall.api-token are missing or blank");
            assertThat(analysis.getAction()).contains("Set the trunkline.* properties named above");
        });
    }

    @Test
    void aVendorWhoseClientTheApplicationBringsIsNotReported() {
        SynthflowClient own = SynthflowClient.create(SynthflowConfig.builder().apiKey(Secret.of(TOKEN))
                .workspaceId("ws-own").build());
        runner.withBean("mySynthflow", SynthflowClient.class, () -> own).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new TrunklinePropertiesFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("the trunkline.aircall.* properties")
                    .contains("trunkline.aircall.api-id").doesNotContain("trunkline.synthflow");
        });
        own.close();
    }

    private static String[] aircallBasic(String id, String token) {
        return new String[] {"trunkline.aircall.api-id=" + id, "trunkline.aircall.api-token=" + token};
    }

    private void startWith(Consumer<FailureAnalysis> check, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new TrunklinePropertiesFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).as("the failure is one the analyzer explains").isNotNull();
            check.accept(analysis);
        });
    }
}
