/**
 * Implementation of the Synthflow client: the Retrofit interface, OkHttp interceptors, JSON
 * set-up, envelope unwrapping, error translation and the retry loop.
 *
 * <p><strong>Not public API.</strong> Everything here may change without notice between releases;
 * use {@link io.trunkline.synthflow.client.SynthflowClient} instead.
 */
package io.trunkline.synthflow.internal;
