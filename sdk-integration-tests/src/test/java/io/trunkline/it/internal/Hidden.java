package io.trunkline.it.internal;

/** A type in an {@code internal} package, for {@code PublicSignaturesTest} to find in a signature. */
public final class Hidden {

    private Hidden() {
    }
}
