/**
 * The bad-input corpus: property-based tests (jqwik) and a curated table of realistic mistakes
 * ({@code corpus/realistic-mistakes.tsv}) proving that every parser and builder answers any input with
 * either a valid value or an {@link io.trunkline.core.exception.InvalidConfigurationException} whose
 * message is short, printable and clear — never another exception, and never a hang.
 */
package io.trunkline.core.corpus;
