package io.trunkline.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link SynthflowSimulator} and an {@link AircallSimulator} once per test class, resets
 * them before every test, and injects them — and their shared {@link SimulatorClock} — into test
 * constructors and methods. Both simulators use that clock; it is set back to
 * {@link SimulatorClock#DEFAULT_START} before every test.
 *
 * <pre>{@code
 * @TrunklineSimulators
 * class ConnectLineTest {
 *     @Test
 *     void importsTheDid(SynthflowSimulator synthflow, AircallSimulator aircall, SimulatorClock clock) {
 *         aircall.addNumber(AircallNumber.builder("+33123456789").build());
 *         // point the code under test at synthflow.baseUrl() / aircall.baseUrl() ...
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TrunklineSimulatorsExtension.class)
public @interface TrunklineSimulators {

    /** @return what both simulators grant beyond the vendors' documentation; default documented only */
    VendorProfile profile() default VendorProfile.DOCUMENTED_ONLY;

    /**
     * @return the Synthflow registration delay in seconds (see {@link SynthflowSimulator}); default 0,
     *     the only value {@link VendorProfile#DOCUMENTED_ONLY} allows
     */
    long registrationDelaySeconds() default 0;

    /** @return Aircall requests allowed per window; default 120, Aircall's documented limit */
    int aircallRequestsPerWindow() default 120;

    /** @return the Aircall rate-limit window in milliseconds; default one minute */
    long aircallWindowMillis() default 60_000;
}
