package io.trunkline.it;

import io.trunkline.http.HttpOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.ApplyFailedException;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import io.trunkline.core.lifecycle.IntegrationEngine;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SimulatedFault;
import io.trunkline.testkit.VendorProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crashes every write step of apply (of the converge and of the destroy) once before and once after
 * the vendor committed it, then restarts the SDK — a new instance reading the same state file — and
 * runs the lifecycle again. The figures: apply crashes a restarted SDK converged, destroy crashes
 * whose destroy a restarted SDK finished (counted apart: a resumed destroy is no converge),
 * duplicates created, resources left behind after destroy.
 */
@Order(2)
@ParameterizedClass
@EnumSource(VendorProfile.class)
class CrashResumeTest {

    /** The simulators' profile of this run of the class. */
    @Parameter
    VendorProfile profile;


    /** A write step of a clean apply, with the write request it sent. */
    record CrashPoint(String phase, String changeId, Endpoint write) {
        @Override
        public String toString() {
            return phase + " " + changeId + " (" + write.method() + " " + write.pathPattern() + ")";
        }
    }

    /** How the crash hits the write. */
    enum Crash {
        AFTER_COMMIT_500(SimulatedFault.crashAfterCommit()),
        AFTER_COMMIT_RESET(SimulatedFault.afterCommit(SimulatedFault.connectionReset())),
        BEFORE_COMMIT_500(SimulatedFault.serverError(500)),
        BEFORE_COMMIT_RESET(SimulatedFault.connectionReset());

        final SimulatedFault fault;

        Crash(SimulatedFault fault) {
            this.fault = fault;
        }
    }

    /** Every attempt of an idempotent write fails, so the crash is not absorbed by the client's retries. */
    private static final int EVERY_ATTEMPT = HttpOptions.DEFAULT_MAX_ATTEMPTS;

    private static Vendors vendors;
    private static List<CrashPoint> points;
    private static final Map<String, Object> CASES = new TreeMap<>();
    private static int applyCases;
    private static int converged;
    private static int destroyCases;
    private static int destroysResumed;
    private static int duplicates;
    private static int leaks;

    @TempDir
    Path stateDir;

    @BeforeParameterizedClassInvocation
    static void start(VendorProfile profile) {
        vendors = new Vendors(1, profile);
        points = discoverWriteSteps();
        CASES.clear();
        applyCases = 0;
        converged = 0;
        destroyCases = 0;
        destroysResumed = 0;
        duplicates = 0;
        leaks = 0;
    }

    @AfterParameterizedClassInvocation
    static void stop(VendorProfile profile) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("crashPoints", points.stream().map(CrashPoint::toString).toList());
        figures.put("cases", CASES.size());
        figures.put("applyCases", applyCases);
        figures.put("convergedAfterRestart", converged);
        figures.put("destroyCases", destroyCases);
        figures.put("destroysResumedAfterRestart", destroysResumed);
        figures.put("duplicatesCreated", duplicates);
        figures.put("resourcesLeakedAfterDestroy", leaks);
        figures.put("matrix", CASES);
        Figures.write(Figures.section("crash-resume", profile), figures);
        vendors.close();
    }

    /** Applies cleanly, noting which write request each write step sent. */
    private static List<CrashPoint> discoverWriteSteps() {
        vendors.reset();
        List<CrashPoint> found = new ArrayList<>();
        Sdk sdk = Sdk.against(vendors).build();
        IntegrationPlan integration = Plans.integration(0);
        sdk.engine.converge(integration, recorder("apply", found), Lifecycle.ALL_DONE);
        sdk.engine.apply(sdk.engine.planDestroy(integration), recorder("destroy", found), Lifecycle.ALL_DONE);
        vendors.reset();
        return List.copyOf(found);
    }

    private static ApplyListener recorder(String phase, List<CrashPoint> found) {
        return new ApplyListener() {
            private int seen;

            @Override
            public void stepStarted(Change change) {
                seen = vendors.synthflow.requests().size();
            }

            @Override
            public void stepSucceeded(Change change, java.time.Duration duration) {
                List<RecordedRequest> journal = vendors.synthflow.requests();
                journal.subList(seen, journal.size()).stream().filter(r -> !"GET".equals(r.method()))
                        .forEach(r -> found.add(new CrashPoint(phase, change.id(), Endpoint.of("Synthflow", r))));
            }
        };
    }

    static Stream<Arguments> cases() {
        return points.stream().flatMap(p -> Stream.of(Crash.values()).map(c -> Arguments.of(p, c)));
    }

    @Test
    void everyWriteOfTheLifecycleIsACrashPoint() {
        assertThat(points).extracting(CrashPoint::toString).contains(
                "apply sip-number (POST /v2/custom-numbers)", "apply assistant-binding (PUT /v2/assistants/*)",
                "apply transfer-action[Support team] (POST /v2/actions)",
                "apply transfer-attach[Camille] (POST /v2/actions/attach)",
                "destroy transfer-detach[Support team] (POST /v2/actions/detach)",
                "destroy transfer-action[Camille] (DELETE /v2/actions/*)", "destroy sip-number (DELETE /v2/numbers/*)");
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void aRestartedSdkResumesWithoutDuplicatesAndDestroysEverything(CrashPoint point, Crash crash) {
        vendors.reset();
        Path state = stateDir.resolve("trunkline.state");
        IntegrationPlan integration = Plans.integration(0);
        ApplyListener crasher = new ApplyListener() {
            @Override
            public void stepStarted(Change change) {
                if (change.id().equals(point.changeId())) {
                    vendors.synthflow.faults().next(EVERY_ATTEMPT, point.write().method(), point.write().pathPattern(),
                            crash.fault);
                }
            }
        };
        IntegrationEngine first = freshSdk(state);
        if (point.phase().equals("destroy")) {
            first.converge(integration, ApplyListener.NONE, Lifecycle.ALL_DONE);
        }
        Supplier<ApplyResult> crashingRun = point.phase().equals("apply")
                ? () -> first.converge(integration, crasher, Lifecycle.ALL_DONE)
                : () -> first.apply(first.planDestroy(integration), crasher, Lifecycle.ALL_DONE);
        assertThatThrownBy(crashingRun::get).isInstanceOf(ApplyFailedException.class)
                .satisfies(e -> Failures.assertActionable((TrunklineException) e, "Synthflow"));
        vendors.synthflow.faults().clear();

        // the process died; a new one starts from the state file
        Lifecycle resumed = new Lifecycle(freshSdk(state), integration, 1);
        int duplicatesHere = 0;
        if (point.phase().equals("apply")) {
            assertThat(resumed.converge().complete()).isTrue();
            assertThat(resumed.verify().readyForTestCall()).isTrue();
            duplicatesHere = (int) (Math.max(0, vendors.numbersFor(Vendors.did(0)) - 1)
                    + Math.max(0, vendors.actions().size() - 2) + Math.max(0, vendors.attachmentsOf(0) - 2));
        }
        ApplyResult destroyed = resumed.destroy();
        int leaksHere = vendors.numbers().size() + vendors.actions().size();
        record(point, crash, duplicatesHere, leaksHere, destroyed.complete() && leaksHere == 0);
        assertThat(destroyed.complete()).as("the restarted SDK's destroy finished").isTrue();
        assertThat(duplicatesHere).as("duplicates created").isZero();
        assertThat(leaksHere).as("resources left after destroy: %s %s", vendors.numbers(), vendors.actions()).isZero();
    }

    private IntegrationEngine freshSdk(Path state) {
        return Sdk.against(vendors).store(StateStore.file(state)).build().engine;
    }

    /**
     * @param destroyed whether the restarted SDK's destroy finished and left nothing behind (an apply
     *     case gets here only once the restarted SDK converged and verified)
     */
    private static void record(CrashPoint point, Crash crash, int duplicatesHere, int leaksHere, boolean destroyed) {
        synchronized (CASES) {
            CASES.put(point + " × " + crash.name(), Map.of("duplicates", duplicatesHere, "leaks", leaksHere));
            if (point.phase().equals("apply")) {
                applyCases++;
                converged++;
            } else {
                destroyCases++;
                destroysResumed += destroyed ? 1 : 0;
            }
            duplicates += duplicatesHere;
            leaks += leaksHere;
        }
    }
}
