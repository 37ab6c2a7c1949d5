package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public or protected member of a published API type mentions a type from an {@code internal}
 * package: an internal type in a signature would make users depend on what may change in any release.
 * The API types are those {@link ApiSurfaceTest} lists, plus their public nested types; a member's
 * signature is its return, parameter, field or record component type with every generic argument and
 * bound, its thrown types, its type parameters' bounds, and the type's own supertypes.
 */
class PublicSignaturesTest {

    @Test
    void publicSignaturesMentionNoInternalType() {
        assertThat(ApiSurfaceTest.PUBLISHED.keySet().stream().flatMap(PublicSignaturesTest::violationsIn).toList())
                .as("public members that expose internal types; make the member non-public or move the type out of"
                        + " its internal package")
                .isEmpty();
    }

    @Test
    void detectsAnInternalTypeInAGenericArgument() {
        assertThat(violations(Leaky.class)).containsExactly(Leaky.class.getName() + "#leak mentions "
                + io.trunkline.it.internal.Hidden.class.getName());
    }

    /** A public signature with an internal type nested in a generic argument, to prove the check sees it. */
    public interface Leaky {
        /** @return nothing; only the signature matters */
        List<? extends Set<io.trunkline.it.internal.Hidden>> leak();
    }

    private static Stream<String> violationsIn(String module) {
        Class<?> anchor = ApiSurfaceTest.PUBLISHED.get(module);
        return ApiSurfaceTest.publicTypes(anchor).stream()
                .map(name -> load(name, anchor.getClassLoader()))
                .flatMap(PublicSignaturesTest::withPublicNestedTypes)
                .flatMap(PublicSignaturesTest::violations);
    }

    private static Stream<Class<?>> withPublicNestedTypes(Class<?> type) {
        return Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses())
                .filter(PublicSignaturesTest::isApi)
                .flatMap(PublicSignaturesTest::withPublicNestedTypes));
    }

    private static Stream<String> violations(Class<?> type) {
        List<String> found = new ArrayList<>();
        List<Type> supertypes = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supertypes.add(type.getGenericSuperclass());
        }
        report(found, type.getName() + " (supertypes)", supertypes.toArray(Type[]::new));
        report(found, type.getName() + " (type parameters)", type.getTypeParameters());
        for (Field field : type.getDeclaredFields()) {
            if (isApi(field.getModifiers()) && !field.isSynthetic()) {
                report(found, type.getName() + "." + field.getName(), field.getGenericType());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (isApi(method.getModifiers()) && !method.isSynthetic()) {
                report(found, type.getName() + "#" + method.getName(), signature(method, method.getGenericReturnType()));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (isApi(constructor.getModifiers()) && !constructor.isSynthetic()) {
                report(found, type.getName() + "#<init>", signature(constructor, void.class));
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                report(found, type.getName() + " component " + component.getName(), component.getGenericType());
            }
        }
        return found.stream();
    }

    private static Type[] signature(Executable member, Type returned) {
        List<Type> types = new ArrayList<>(List.of(returned));
        types.addAll(Arrays.asList(member.getGenericParameterTypes()));
        types.addAll(Arrays.asList(member.getGenericExceptionTypes()));
        types.addAll(Arrays.asList(member.getTypeParameters()));
        return types.toArray(Type[]::new);
    }

    private static void report(List<String> found, String member, Type... types) {
        Set<Class<?>> internal = new HashSet<>();
        for (Type type : types) {
            mentions(type).stream().filter(PublicSignaturesTest::isInternal).forEach(internal::add);
        }
        internal.forEach(leaked -> found.add(member + " mentions " + leaked.getName()));
    }

    /** @return every class a type mentions, through generic arguments, bounds, array components and owners */
    private static Set<Class<?>> mentions(Type type) {
        Set<Class<?>> classes = new HashSet<>();
        collect(type, classes, new HashSet<>());
        return classes;
    }

    private static void collect(Type type, Set<Class<?>> classes, Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                collect(c.getComponentType(), classes, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), classes, seen);
            collect(p.getOwnerType(), classes, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(arg -> collect(arg, classes, seen));
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), classes, seen);
        } else if (type instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds()))
                    .forEach(bound -> collect(bound, classes, seen));
        } else if (type instanceof TypeVariable<?> v) {
            Arrays.stream(v.getBounds()).forEach(bound -> collect(bound, classes, seen));
        }
    }

    private static boolean isInternal(Class<?> type) {
        return (type.getPackageName() + ".").contains(".internal.");
    }

    private static boolean isApi(Class<?> nested) {
        return isApi(nested.getModifiers());
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class not loadable: " + name, e);
        }
    }
}
