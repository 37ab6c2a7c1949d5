/**
 * The exception thrown when an invalid {@link io.trunkline.core.IntegrationPlan} is about to be planned
 * or applied. The diagnostics it carries live in {@link io.trunkline.core.diagnostic}.
 */
package io.trunkline.core.validation;
