package io.trunkline.core.corpus;

import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every jqwik property reproducible from the command line. jqwik itself prints each property's
 * seed ({@code jqwik.reporting.onlyfailures = false} in {@code junit-platform.properties}) and can fix
 * a seed only in code ({@code @Property(seed = "...")}); this hook adds the two missing pieces:
 * <ul>
 *   <li>the system property {@value #SEED_PROPERTY} fixes the seed of every property run, e.g.
 *       {@code mvn -pl sdk-core verify -Dtest=ParserPropertiesTest -Dtrunkline.seed=-4711}; jqwik's
 *       after-failure replay is then switched off so that exactly that seed runs;</li>
 *   <li>a failing property's message starts with its seed and the command line that replays it.</li>
 * </ul>
 * It is registered for all properties through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class ReproducibleSeeds implements AroundPropertyHook {

    /** The system property that fixes the seed of every property. */
    public static final String SEED_PROPERTY = "trunkline.seed";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        fixedSeed().ifPresent(seed -> {
            context.attributes().setSeed(seed);
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
        });
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.FAILED) {
            return result;
        }
        String seed = result.seed().orElse("(none: jqwik replayed a stored sample; clear target/jqwik-database)");
        String test = context.containerClass().getSimpleName() + "#" + context.targetMethod().getName();
        Throwable cause = result.throwable().orElse(null);
        AssertionError named = new AssertionError("property " + test + " failed with seed " + seed
                + "; replay it with -Dtest=" + test + " -D" + SEED_PROPERTY + "=" + seed
                + (cause == null ? "" : ": " + cause), cause);
        return result.mapToFailed(named);
    }

    private static Optional<String> fixedSeed() {
        return Optional.ofNullable(System.getProperty(SEED_PROPERTY)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
