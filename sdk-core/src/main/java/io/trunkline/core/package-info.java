/**
 * Trunkline's entry point: {@link io.trunkline.core.IntegrationPlan}, the desired Aircall–Synthflow
 * integration for one DID. Sub-packages hold the typed model, validation, exceptions and time
 * abstractions. This module knows no vendor API and no HTTP.
 */
package io.trunkline.core;
