package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.GuidePlans;
import io.trunkline.core.IntegrationPlan;
import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.diagnostic.ValidationReport;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the model to the rule written in {@code package-info.java}: every public factory, constructor
 * and builder setter of {@code io.trunkline.core.model} and {@code IntegrationPlan}, fed {@code null},
 * blank and absent values, either returns or throws the SDK's own exception; and a plan built from
 * what it returned validates without any other exception. The methods are found by reflection over
 * the compiled package, so a new setter or factory is covered without being listed here.
 */
class ModelNullSafetyTest {

    /** Sample (valid-looking) arguments for the positions that are not under test; a new type must be added. */
    private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

    static {
        SAMPLES.put(String.class, () -> "+33123456789");
        SAMPLES.put(long.class, () -> 678L);
        SAMPLES.put(Long.class, () -> 5678L);
        SAMPLES.put(int.class, () -> 32681);
        SAMPLES.put(boolean.class, () -> true);
        SAMPLES.put(Duration.class, () -> Duration.ofSeconds(30));
        SAMPLES.put(Map.class, () -> Map.of("X-Queue", "support"));
        SAMPLES.put(LocalTime.class, () -> LocalTime.of(9, 0));
        SAMPLES.put(DayOfWeek.class, () -> DayOfWeek.MONDAY);
        SAMPLES.put(Transport.class, () -> Transport.UDP);
        SAMPLES.put(TransferMode.class, () -> TransferMode.WARM);
        SAMPLES.put(TransferTarget.Kind.class, () -> TransferTarget.Kind.LINE);
        SAMPLES.put(Smartflow.AiHours.class, () -> Smartflow.AiHours.ALWAYS);
        SAMPLES.put(Secret.class, () -> Secret.of("sample-password"));
        SAMPLES.put(SipAuth.class, () -> SipAuth.ipAllowlist("34.138.86.8"));
        SAMPLES.put(SipAuth.Credentials.class, () -> SipAuth.credentials("user", Secret.of("sample-password")));
        SAMPLES.put(SmartflowStep.class, () -> SmartflowStep.ringTeam(678));
        SAMPLES.put(SmartflowStep.Fallback.class, () -> SmartflowStep.ringTeam(678));
        SAMPLES.put(PhoneNumber.class, () -> PhoneNumber.parse("+33123456789"));
        SAMPLES.put(SipDestination.class, () -> SipDestination.builder().build());
        SAMPLES.put(Smartflow.class, () -> Smartflow.builder().build());
        SAMPLES.put(SipNumber.class, () -> SipNumber.builder().build());
        SAMPLES.put(AssistantRef.class, () -> AssistantRef.of("id", "2.0"));
        SAMPLES.put(TransferTarget.class, () -> TransferTarget.line(1234).build());
        SAMPLES.put(List.class, List::of);
        SAMPLES.put(String[].class, () -> new String[] {"34.138.86.8"});
        SAMPLES.put(SmartflowStep[].class, () -> new SmartflowStep[] {SmartflowStep.voicemail()});
    }

    /** One call of the sweep: which method, with which arguments, on which receiver. */
    private record Call(Executable method, Object receiver, Object[] args) {
        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.deepToString(args).replace('[', '(').replace(']', ')');
        }
    }

    @Test
    void everyPublicFactoryConstructorAndSetterTakesNullBlankAndAbsentValuesWithoutARawException() throws Exception {
        List<Call> calls = calls();
        List<String> failures = new ArrayList<>();
        int validated = 0;
        for (Call call : calls) {
            Object result;
            try {
                result = invoke(call);
            } catch (TrunklineException expected) {
                assertThat(expected.getMessage()).as("message of %s", call).isNotBlank();
                continue;
            } catch (RuntimeException e) {
                failures.add(call + " threw " + e);
                continue;
            }
            try {
                if (validate(result) != null) {
                    validated++;
                }
            } catch (RuntimeException e) {
                failures.add("validating a plan holding the result of " + call + " threw " + e);
            }
        }

        assertThat(failures).as("calls that let a raw exception escape").isEmpty();
        // the sweep must actually exercise the model: dozens of methods, hundreds of calls
        assertThat(calls).hasSizeGreaterThan(250);
        assertThat(validated).as("results planted into a plan and validated").isGreaterThan(150);
    }

    @Test
    void theSweepReachesTheSettersTheIssueNamed() throws Exception {
        List<String> swept = calls().stream().map(c -> c.method().getDeclaringClass().getSimpleName() + "."
                + (c.method() instanceof Constructor<?> ? "<init>" : c.method().getName())).distinct().toList();

        assertThat(swept).contains("Secret.of", "Secret.fromEnv", "Builder.transport", "BusinessHoursBuilder.weekdays",
                "Builder.addStep", "Builder.addTransferTarget", "Builder.mode", "Credentials.<init>",
                "PhoneNumber.parse", "SipUri.parse", "IpRange.parse", "SipAuth.credentials", "OpeningHours.<init>");
    }

    @Test
    void aNullInARequiredPlaceIsReportedAtItsFieldPathInsteadOfThrown() {
        ValidationReport report = GuidePlans.ipAllowlist()
                .destination(SipDestination.builder().transport(null).auth(SipAuth.credentials(null, null)).build())
                .smartflow(Smartflow.builder().addStep(null).addStep(SmartflowStep.businessHours("Europe/Paris")
                        .weekdays(null, LocalTime.of(18, 0)).whenOpen((SmartflowStep) null).build()).build())
                .addTransferTarget(null)
                .addTransferTarget(TransferTarget.line(99).mode(null).build())
                .build().validate();

        assertThat(report.isValid()).isFalse();
        assertThat(report.diagnostics()).extracting(d -> d.code() + "@" + d.subject()).contains(
                "TRANSPORT_MISSING@destination.transport",
                "CREDENTIALS_USERNAME_BLANK@destination.auth.username",
                "CREDENTIALS_PASSWORD_MISSING@destination.auth.password",
                "SMARTFLOW_STEP_MISSING@smartflow.steps[0]",
                "BUSINESS_HOURS_INTERVAL_INCOMPLETE@smartflow.steps[1].openingHours[0]",
                "SMARTFLOW_STEP_MISSING@smartflow.steps[1].whenOpen[0]",
                "TRANSFER_TARGET_MISSING@transferTargets[1]",
                "TRANSFER_MODE_MISSING@transferTargets[2].mode");
        assertThat(report.at("smartflow.steps[1].openingHours[0]")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("the opening interval on MONDAY has no opening time"));
    }

    // ---- the sweep ----------------------------------------------------------------------------

    private static List<Call> calls() throws IOException, URISyntaxException, ReflectiveOperationException {
        List<Call> calls = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            boolean builder = type.getSimpleName().endsWith("Builder");
            for (Executable method : publicExecutables(type)) {
                boolean isStatic = method instanceof Constructor<?> || Modifier.isStatic(method.getModifiers());
                if (!isStatic && !builder) {
                    continue; // instance methods of values are accessors, equals and the like
                }
                Supplier<Object> receiver = isStatic ? () -> null : () -> freshBuilder(type);
                for (Object[] args : badArguments(method.getParameterTypes())) {
                    calls.add(new Call(method, receiver.get(), args));
                }
            }
        }
        return calls;
    }

    /** The public types of the model package (nested ones included) and IntegrationPlan with its builder. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Secret.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Secret.class.getPackageName().replace('.', '/'));
        List<Class<?>> types = new ArrayList<>(List.of(IntegrationPlan.class, IntegrationPlan.Builder.class));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    Class<?> type = Class.forName(Secret.class.getPackageName() + "." + name.replace(".class", ""));
                    if (Modifier.isPublic(type.getModifiers()) && !type.isEnum() && !type.isSynthetic()) {
                        types.add(type);
                    }
                }
            }
        }
        assertThat(types).as("model types found on the classpath").hasSizeGreaterThan(20);
        return types;
    }

    private static List<Executable> publicExecutables(Class<?> type) {
        List<Executable> all = new ArrayList<>(Arrays.asList(type.getConstructors()));
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && m.getParameterCount() > 0
                    && !m.getName().equals("equals")) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparing(Executable::toString));
        return all;
    }

    /** For each parameter in turn: null, blank and absent values there, samples elsewhere; then all null. */
    private static List<Object[]> badArguments(Class<?>[] types) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            for (Object bad : badValues(types[i])) {
                Object[] args = samples(types);
                args[i] = bad;
                rows.add(args);
            }
        }
        Object[] allAbsent = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            allAbsent[i] = types[i].isPrimitive() ? badValues(types[i]).get(0) : null;
        }
        rows.add(allAbsent);
        return rows;
    }

    private static List<Object> badValues(Class<?> type) {
        if (type == long.class) {
            return List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == int.class) {
            return List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == boolean.class) {
            return List.of(false);
        }
        if (type == String.class) {
            return Arrays.asList(null, "", "   ", "\t", "\u00A0");
        }
        if (type == Duration.class) {
            return Arrays.asList(null, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMillis(20_500));
        }
        if (type == List.class) {
            return Arrays.asList(null, List.of(), Arrays.asList((Object) null));
        }
        if (type == Map.class) {
            Map<String, String> withNulls = new java.util.HashMap<>();
            withNulls.put(null, null);
            return Arrays.asList(null, Map.of(), withNulls);
        }
        if (type.isArray()) {
            Object withNull = Array.newInstance(type.getComponentType(), 1);
            return Arrays.asList(null, Array.newInstance(type.getComponentType(), 0), withNull);
        }
        return Arrays.asList((Object) null);
    }

    private static Object[] samples(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Supplier<Object> sample = SAMPLES.get(types[i]);
            assertThat(sample).as("a sample value for %s (add one to SAMPLES)", types[i]).isNotNull();
            args[i] = sample.get();
        }
        return args;
    }

    /** A builder from the first public static method of the model that returns one and takes samples. */
    private static Object freshBuilder(Class<?> builderType) {
        try {
            for (Class<?> owner : publicTypes()) {
                for (Method m : owner.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == builderType) {
                        return m.invoke(null, samples(m.getParameterTypes()));
                    }
                }
            }
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no public static factory returns " + builderType);
    }

    private static Object invoke(Call call) throws ReflectiveOperationException {
        try {
            Object result = call.method() instanceof Constructor<?> c ? c.newInstance(call.args())
                    : ((Method) call.method()).invoke(call.receiver(), call.args());
            // a setter returns its builder: build it, as a user would next
            if (result != null && result.getClass().getSimpleName().endsWith("Builder")) {
                result = result.getClass().getMethod("build").invoke(result);
            }
            return result;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Plants a model value into the guide's plan where it belongs, and validates that plan. */
    private static ValidationReport validate(Object value) {
        Function<IntegrationPlan.Builder, IntegrationPlan.Builder> plant = planter(value);
        if (plant == null) {
            return null;
        }
        ValidationReport report = plant.apply(GuidePlans.ipAllowlist()).build().validate();
        assertThat(report.toString()).isNotNull();
        return report;
    }

    private static Function<IntegrationPlan.Builder, IntegrationPlan.Builder> planter(Object value) {
        if (value instanceof IntegrationPlan plan) {
            return b -> plan.toBuilder();
        }
        if (value instanceof SipDestination d) {
            return b -> b.destination(d);
        }
        if (value instanceof Smartflow s) {
            return b -> b.smartflow(s);
        }
        if (value instanceof SmartflowStep step) {
            return b -> b.smartflow(Smartflow.builder().addStep(step).build());
        }
        if (value instanceof SmartflowStep.OpeningHours hours) {
            return b -> b.smartflow(Smartflow.builder().addStep(new SmartflowStep.BusinessHours("Europe/Paris",
                    List.of(hours), List.of(), List.of(SmartflowStep.voicemail()))).build());
        }
        if (value instanceof SipNumber n) {
            return b -> b.sipNumber(n);
        }
        if (value instanceof SipAuth.Credentials c) {
            return b -> b.destination(SipDestination.builder().auth(c).build())
                    .sipNumber(SipNumber.builder().terminationUri("sip:pbx.example.com").credentials(c).build());
        }
        if (value instanceof SipAuth auth) {
            return b -> b.destination(SipDestination.builder().auth(auth).build());
        }
        if (value instanceof AssistantRef a) {
            return b -> b.assistant(a);
        }
        if (value instanceof TransferTarget t) {
            return b -> b.addTransferTarget(t);
        }
        if (value instanceof PhoneNumber p) {
            return b -> b.did(p);
        }
        return null;
    }
}
