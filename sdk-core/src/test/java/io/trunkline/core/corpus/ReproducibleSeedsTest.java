package io.trunkline.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a fixture property through the JUnit Platform, as Maven does, to prove {@link ReproducibleSeeds}:
 * the seed from {@code -Dtrunkline.seed} is the one used, and a failure names a seed that replays it.
 */
class ReproducibleSeedsTest {

    private static final Pattern NAMED_SEED = Pattern.compile("failed with seed (-?\\d+); replay it with "
            + "-Dtest=Fixture#countsTries -Dtrunkline\\.seed=(-?\\d+): ");

    @TempDir
    Path database;

    @AfterEach
    void forgetTheSeed() {
        System.clearProperty(ReproducibleSeeds.SEED_PROPERTY);
        Fixture.failAtTry = 0;
    }

    @Test
    void theSeedFromTheSystemPropertyGeneratesTheSameValuesEveryRun() {
        System.setProperty(ReproducibleSeeds.SEED_PROPERTY, "-8026139151413563337");
        List<Integer> first = run().values;
        List<Integer> second = run().values;
        System.setProperty(ReproducibleSeeds.SEED_PROPERTY, "4711");
        List<Integer> otherSeed = run().values;

        assertThat(first).hasSize(Fixture.TRIES).isEqualTo(second).isNotEqualTo(otherSeed);
    }

    @Test
    void aFailureNamesItsSeedAndThatSeedReplaysIt() {
        Fixture.failAtTry = 5;
        Run random = run();
        Matcher named = NAMED_SEED.matcher(random.failure);
        assertThat(named.find()).as(random.failure).isTrue();
        assertThat(named.group(2)).isEqualTo(named.group(1));
        assertThat(random.failure).contains("try 5 fails on purpose");

        System.setProperty(ReproducibleSeeds.SEED_PROPERTY, named.group(1));
        Run replay = run();

        assertThat(replay.values).hasSize(5).isEqualTo(random.values);
        assertThat(replay.failure).contains("failed with seed " + named.group(1) + ";");
    }

    private Run run() {
        Fixture.values.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(Fixture.class))
                .configurationParameter("jqwik.database", database.resolve("jqwik-database").toString())
                // the fixture's deliberate failures go to the listener, not to the build's output
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsStartedCount()).isEqualTo(1);
        String failure = summary.getFailures().stream().map(f -> f.getException().getMessage()).findFirst().orElse("");
        return new Run(List.copyOf(Fixture.values), failure);
    }

    private record Run(List<Integer> values, String failure) {
    }

    /** Not a test of its own: a static nested class, which Surefire's default excludes leave alone. */
    static class Fixture {

        static final int TRIES = 20;
        static final List<Integer> values = new ArrayList<>();
        static int failAtTry;

        @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
        void countsTries(@ForAll int value) {
            values.add(value);
            assertThat(values.size()).as("try %d fails on purpose", values.size()).isNotEqualTo(failAtTry);
        }
    }
}
