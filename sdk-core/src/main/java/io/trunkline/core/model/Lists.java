package io.trunkline.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Unmodifiable copies that keep {@code null} elements. {@link List#copyOf} would throw a
 * {@code NullPointerException} at the user; instead a {@code null} element (or a {@code null} list,
 * kept as one {@code null} element) stays in place so that {@code IntegrationPlan.validate()}
 * reports it with its index.
 */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(list == null ? Collections.singletonList(null) : new ArrayList<>(list));
    }

    @SafeVarargs
    static <T> List<T> of(T... elements) {
        return elements == null ? Collections.singletonList(null) : Collections.unmodifiableList(Arrays.asList(elements.clone()));
    }

    static <T> void addAll(List<T> target, List<? extends T> elements) {
        if (elements == null) {
            target.add(null);
        } else {
            target.addAll(elements);
        }
    }
}
