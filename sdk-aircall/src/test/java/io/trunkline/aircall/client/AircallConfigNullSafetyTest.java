package io.trunkline.aircall.client;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * Feeds {@code null}, blank and absent values to every public setter of {@link AircallConfig.Builder}, found by
 * reflection so that a new setter is covered, and checks that nothing but the SDK's
 * {@link InvalidConfigurationException} escapes: setters record, {@code build()} reports. A {@code null}
 * that is not a documented "none" must be reported naming the setter.
 */
class AircallConfigNullSafetyTest {

    /** Setters where {@code null} means "none", as their javadoc says. */
    private static final Set<String> NULL_MEANS_NONE = Set.of("okHttpClient", "accessToken");

    private static AircallConfig.Builder valid() {
        return AircallConfig.builder().apiId(Secret.of("id-1")).apiToken(Secret.of("token-1"));
    }

    @Test
    void everySetterTakesNullBlankAndAbsentValuesAndOnlyBuildReportsThem() throws Exception {
        List<String> failures = new ArrayList<>();
        int reported = 0;
        List<Method> setters = Arrays.stream(AircallConfig.Builder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0).toList();
        for (Method setter : setters) {
            Class<?>[] types = setter.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                for (Object bad : badValues(types[i])) {
                    Object[] args = samples(types);
                    args[i] = bad;
                    String call = setter.getName() + Arrays.toString(args);
                    try {
                        AircallConfig.Builder builder = (AircallConfig.Builder) setter.invoke(valid(), args);
                        builder.build();
                        if (bad == null && !NULL_MEANS_NONE.contains(setter.getName())) {
                            failures.add(call + " was accepted silently");
                        }
                    } catch (InvocationTargetException e) {
                        if (!(e.getCause() instanceof InvalidConfigurationException invalid)) {
                            failures.add(call + " threw " + e.getCause());
                        } else if (bad == null) {
                            reported++;
                            if (!invalid.getMessage().contains(setter.getName())) {
                                failures.add(call + " was reported without naming the setter: " + invalid.getMessage());
                            }
                        }
                    } catch (InvalidConfigurationException invalid) {
                        if (bad == null) {
                            reported++;
                            if (!invalid.getMessage().contains(setter.getName())) {
                                failures.add(call + " was reported without naming the setter: " + invalid.getMessage());
                            }
                        }
                    } catch (RuntimeException e) {
                        failures.add(call + " threw " + e);
                    }
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(setters).hasSizeGreaterThan(15);
        assertThat(reported).as("nulls reported by build()").isGreaterThan(12);
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
