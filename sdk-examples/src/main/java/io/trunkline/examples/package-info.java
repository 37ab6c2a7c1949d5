/** Runnable examples of Trunkline. Start with {@link io.trunkline.examples.QuickStart}. */
package io.trunkline.examples;
