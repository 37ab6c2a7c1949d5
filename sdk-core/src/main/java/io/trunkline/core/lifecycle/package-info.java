/**
 * The lifecycle engine: {@link io.trunkline.core.lifecycle.IntegrationEngine} plans
 * ({@link io.trunkline.core.lifecycle.ChangePlan}), applies, verifies and destroys integrations
 * through the ports in {@link io.trunkline.core.spi}. Plans are immutable and render as text,
 * Markdown runbooks or JSON; ownership and manual-step confirmations live in a
 * {@link io.trunkline.core.lifecycle.StateStore}.
 */
package io.trunkline.core.lifecycle;
