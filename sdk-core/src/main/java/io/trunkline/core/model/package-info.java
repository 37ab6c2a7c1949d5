/**
 * The typed pieces of an Aircall–Synthflow integration: value types ({@link io.trunkline.core.model.PhoneNumber},
 * {@link io.trunkline.core.model.SipUri}, {@link io.trunkline.core.model.IpRange},
 * {@link io.trunkline.core.model.Transport}, {@link io.trunkline.core.model.Secret}) and immutable
 * builders for the destination, the Smartflow steps, the SIP number, the assistant and the transfer
 * targets. Builders accept what they are given; {@code IntegrationPlan.validate()} reports every
 * problem at once with its field path.
 */
package io.trunkline.core.model;
