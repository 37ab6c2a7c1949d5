package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.model.Secret;
import io.trunkline.http.HttpOptions;
import io.trunkline.synthflow.SynthflowConfig;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Feeds {@code null}, blank and absent values to every public setter of both vendor configuration
 * builders and of the HTTP options they share (see {@link ConfigBuilderSweep}): nothing but the SDK's InvalidConfigurationException
 * escapes, setters record, {@code build()} reports, and a {@code null} that is not a documented
 * "none" is reported naming the setter.
 */
class VendorConfigNullSafetyTest {

    @Test
    void everyAircallSetterTakesNullBlankAndAbsentValuesAndOnlyBuildReportsThem() {
        ConfigBuilderSweep sweep = ConfigBuilderSweep.run(AircallConfig.Builder.class,
                () -> AircallConfig.builder().apiId(Secret.of("id-1")).apiToken(Secret.of("token-1")),
                AircallConfig.Builder::build, Set.of("accessToken"));

        assertThat(sweep.failures()).isEmpty();
        assertThat(sweep.setters()).isGreaterThanOrEqualTo(8);
        assertThat(sweep.nullsReported()).as("nulls reported by build()").isGreaterThanOrEqualTo(6);
    }

    @Test
    void everySynthflowSetterTakesNullBlankAndAbsentValuesAndOnlyBuildReportsThem() {
        ConfigBuilderSweep sweep = ConfigBuilderSweep.run(SynthflowConfig.Builder.class,
                () -> SynthflowConfig.builder().apiKey(Secret.of("key-1")).workspaceId("ws-1"),
                SynthflowConfig.Builder::build, Set.of());

        assertThat(sweep.failures()).isEmpty();
        assertThat(sweep.setters()).isGreaterThanOrEqualTo(6);
        assertThat(sweep.nullsReported()).as("nulls reported by build()").isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyHttpOptionsSetterTakesNullBlankAndAbsentValuesAndOnlyBuildReportsThem() {
        ConfigBuilderSweep sweep = ConfigBuilderSweep.run(HttpOptions.Builder.class, HttpOptions::builder,
                HttpOptions.Builder::build, Set.of("okHttpClient", "listener"));

        assertThat(sweep.failures()).isEmpty();
        assertThat(sweep.setters()).isGreaterThanOrEqualTo(14);
        assertThat(sweep.nullsReported()).as("nulls reported by build()").isGreaterThanOrEqualTo(10);
    }
}
