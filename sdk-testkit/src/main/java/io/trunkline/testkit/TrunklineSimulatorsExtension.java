package io.trunkline.testkit;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link TrunklineSimulators}. The simulators live in the test
 * class's extension store, so {@code @Nested} classes share their enclosing class's pair, and
 * JUnit closes them (they are {@link AutoCloseable}) when the class finishes.
 *
 * <p>Resolves parameters of type {@link SynthflowSimulator}, {@link AircallSimulator} and
 * {@link SimulatorClock}.
 *
 * <p>Package-private: tests reach it only through the annotation, which keeps its callbacks out of the
 * testkit's API.
 */
final class TrunklineSimulatorsExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TrunklineSimulatorsExtension.class);

    /** Creates the extension; JUnit does this through {@link TrunklineSimulators}. */
    TrunklineSimulatorsExtension() {
        // stateless: everything lives in the extension store
    }

    /** Starts the simulators for the class, unless an enclosing class already did. */
    @Override
    public void beforeAll(ExtensionContext context) {
        simulators(context);
    }

    /** Gives every test fresh simulators: state, journals, faults and clock are reset. */
    @Override
    public void beforeEach(ExtensionContext context) {
        simulators(context).reset();
    }

    /** Supports {@link SynthflowSimulator}, {@link AircallSimulator} and {@link SimulatorClock}. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == SynthflowSimulator.class || type == AircallSimulator.class || type == SimulatorClock.class;
    }

    /** Returns the class's simulator or clock. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        Simulators simulators = simulators(extensionContext);
        if (type == SynthflowSimulator.class) {
            return simulators.synthflow;
        }
        if (type == AircallSimulator.class) {
            return simulators.aircall;
        }
        return simulators.clock;
    }

    private static Simulators simulators(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Simulators.class,
                key -> Simulators.start(settings(context)), Simulators.class);
    }

    private static TrunklineSimulators settings(ExtensionContext context) {
        Optional<ExtensionContext> current = Optional.of(context);
        while (current.isPresent()) {
            Optional<TrunklineSimulators> found = current.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, TrunklineSimulators.class));
            if (found.isPresent()) {
                return found.get();
            }
            current = current.get().getParent();
        }
        return Defaults.class.getAnnotation(TrunklineSimulators.class);
    }

    /** Supplies the annotation defaults when the extension is registered without the annotation. */
    @TrunklineSimulators
    private static final class Defaults {
    }

    /** The pair of simulators of one test class and their clock; closed by JUnit with the store. */
    private static final class Simulators implements AutoCloseable {
        private final SimulatorClock clock;
        private final SynthflowSimulator synthflow;
        private final AircallSimulator aircall;

        private Simulators(SimulatorClock clock, SynthflowSimulator synthflow, AircallSimulator aircall) {
            this.clock = clock;
            this.synthflow = synthflow;
            this.aircall = aircall;
        }

        static Simulators start(TrunklineSimulators settings) {
            SimulatorClock clock = SimulatorClock.create();
            SynthflowSimulator synthflow = SynthflowSimulator.builder().clock(clock).profile(settings.profile())
                    .registrationDelay(Duration.ofSeconds(settings.registrationDelaySeconds())).build();
            try {
                AircallSimulator aircall = AircallSimulator.builder().clock(clock).profile(settings.profile())
                        .rateLimit(settings.aircallRequestsPerWindow(), Duration.ofMillis(settings.aircallWindowMillis()))
                        .build();
                return new Simulators(clock, synthflow, aircall);
            } catch (RuntimeException e) {
                synthflow.close();
                throw e;
            }
        }

        void reset() {
            clock.instant(SimulatorClock.DEFAULT_START);
            synthflow.reset();
            aircall.reset();
        }

        @Override
        public void close() {
            try {
                synthflow.close();
            } finally {
                aircall.close();
            }
        }
    }
}
