package io.trunkline.it;

import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.Secret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Feeds {@code null}, blank and absent values to every public setter of a configuration builder,
 * found by reflection so that a new setter is covered, and records what would break the SDK's rule
 * for configuration builders: setters record, {@code build()} reports one
 * {@link InvalidConfigurationException}, and a {@code null} that is not a documented "none" is
 * reported naming the setter. Lives here, next to both vendor modules, so it is written once.
 *
 * @param setters how many public setters were swept
 * @param nullsReported how many {@code null}s {@code build()} reported
 * @param failures each call that broke the rule, with what happened
 */
record ConfigBuilderSweep(int setters, int nullsReported, List<String> failures) {

    /**
     * @param builderType the builder's class
     * @param valid a builder holding a valid configuration, fresh on every call
     * @param build builds the configuration from a builder
     * @param nullMeansNone setters whose javadoc gives {@code null} the meaning "none"
     * @param <B> the builder type
     * @return what the sweep found
     */
    static <B> ConfigBuilderSweep run(Class<B> builderType, Supplier<B> valid, Function<B, ?> build,
                                             Set<String> nullMeansNone) {
        List<String> failures = new ArrayList<>();
        int reported = 0;
        List<Method> setters = Arrays.stream(builderType.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0).toList();
        for (Method setter : setters) {
            Class<?>[] types = setter.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                for (Object bad : badValues(types[i])) {
                    Object[] args = samples(types);
                    args[i] = bad;
                    reported += call(setter, args, bad == null, nullMeansNone.contains(setter.getName()),
                            valid, build, builderType, failures);
                }
            }
        }
        return new ConfigBuilderSweep(setters.size(), reported, List.copyOf(failures));
    }

    /** @return 1 when {@code build()} reported the null, else 0 */
    private static <B> int call(Method setter, Object[] args, boolean nullGiven, boolean nullMeansNone,
                                Supplier<B> valid, Function<B, ?> build, Class<B> builderType, List<String> failures) {
        String call = setter.getName() + Arrays.toString(args);
        InvalidConfigurationException invalid;
        try {
            build.apply(builderType.cast(setter.invoke(valid.get(), args)));
            if (nullGiven && !nullMeansNone) {
                failures.add(call + " was accepted silently");
            }
            return 0;
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof InvalidConfigurationException cause)) {
                failures.add(call + " threw " + e.getCause());
                return 0;
            }
            invalid = cause;
        } catch (InvalidConfigurationException e) {
            invalid = e;
        } catch (ReflectiveOperationException | RuntimeException e) {
            failures.add(call + " threw " + e);
            return 0;
        }
        if (!nullGiven) {
            return 0; // a blank or out-of-range value may be refused with any wording
        }
        if (!invalid.getMessage().contains(setter.getName())) {
            failures.add(call + " was reported without naming the setter: " + invalid.getMessage());
        }
        return 1;
    }

    private static List<Object> badValues(Class<?> type) {
        if (type == int.class) {
            return List.of(0, -1, Integer.MIN_VALUE);
        }
        if (type == long.class) {
            return List.of(0L, -1L, Long.MIN_VALUE);
        }
        if (type == String.class) {
            return Arrays.asList(null, "", "   ", "\t");
        }
        if (type == Duration.class) {
            return Arrays.asList(null, Duration.ZERO, Duration.ofSeconds(-1));
        }
        return Arrays.asList((Object) null);
    }

    private static Object[] samples(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == int.class ? 1 : types[i] == long.class ? 1L : types[i] == Duration.class
                    ? Duration.ofSeconds(1) : types[i] == Secret.class ? Secret.of("sample") : null;
        }
        return args;
    }
}
