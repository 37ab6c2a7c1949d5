/** The validation rules behind {@code IntegrationPlan.validate()}. Internal: not public API. */
package io.trunkline.core.internal.validation;
