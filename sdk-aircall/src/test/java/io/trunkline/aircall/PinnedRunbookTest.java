package io.trunkline.aircall;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.PlanFormat;
import io.trunkline.testsupport.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pins the Markdown runbook of the guide's plans, as the engine renders them against an Aircall
 * company on WireMock. A change to any value, label or order shows up as a diff here. To accept a
 * deliberate change, run with {@code -Drunbook.update=true} and review the files under
 * {@code src/test/resources/runbook/}.
 */
class PinnedRunbookTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    static final Clock PLANNED_AT = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);

    private final IntegrationEngine engine = IntegrationEngine.builder()
            .contactCenter(AircallContactCenter.create(AircallWireMock.client(aircall, new ManualClock(AircallWireMock.START))))
            .agentPlatform(new FakeAgentPlatform(TestPlans.ASSISTANT_ID))
            .clock(PLANNED_AT)
            .build();

    @BeforeEach
    void company() {
        AircallCompany.stub(aircall);
    }

    @Test
    void theHappyPathRunbookIsPinned() {
        String markdown = render(TestPlans.happyPath().build());

        assertThat(markdown).isEqualTo(expected("happy-path.md", markdown));
    }

    @Test
    void theAfterHoursCredentialsRunbookIsPinnedAndHoldsNoSecret() {
        String markdown = render(TestPlans.afterHoursWithCredentials().build());

        assertThat(markdown).doesNotContain(TestPlans.SIP_PASSWORD);
        assertThat(markdown).contains("| Password | `****` | the password of the Synthflow SIP number +33123456789;"
                + " copy it precisely |");
        assertThat(markdown).isEqualTo(expected("after-hours-credentials.md", markdown));
    }

    private String render(IntegrationPlan plan) {
        return engine.plan(plan).render(PlanFormat.MARKDOWN);
    }

    private static String expected(String name, String actual) {
        if (Boolean.getBoolean("runbook.update")) {
            write(Path.of("src/test/resources/runbook", name), actual);
            return actual;
        }
        try (InputStream in = PinnedRunbookTest.class.getResourceAsStream("/runbook/" + name)) {
            assertThat(in).as("expected runbook /runbook/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
