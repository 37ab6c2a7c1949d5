/**
 * The typed pieces of an Aircall–Synthflow integration: value types ({@link io.trunkline.core.model.PhoneNumber},
 * {@link io.trunkline.core.model.SipUri}, {@link io.trunkline.core.model.IpRange},
 * {@link io.trunkline.core.model.Transport}, {@link io.trunkline.core.model.Secret}) and immutable
 * builders for the destination, the Smartflow steps, the SIP number, the assistant and the transfer
 * targets.
 *
 * <h2>What happens to a mistake: one rule</h2>
 *
 * <p>No public method of this package, of {@code IntegrationPlan} or of the vendor configuration
 * builders throws {@code NullPointerException} or {@code IllegalArgumentException} for a value the
 * user passed. Instead:
 *
 * <ol>
 *   <li><b>Parts of a plan record, and validation reports.</b> The builders, record constructors and
 *       factories of plan parts ({@code IntegrationPlan.Builder}, {@code SipDestination},
 *       {@code SipAuth}, {@code Smartflow}, {@code SmartflowStep}, {@code SipNumber},
 *       {@code AssistantRef}, {@code TransferTarget}) accept anything, {@code null} and blank included,
 *       and never throw. {@code IntegrationPlan.validate()} then reports every problem at once, each
 *       with its rule code, field path and fix (e.g. {@code TRANSPORT_MISSING} at
 *       {@code destination.transport}). A {@code null} element of a list, or a {@code null} list, is
 *       kept in place and reported at its index ({@code smartflow.steps[1]}). Where a setter's javadoc
 *       gives {@code null} a meaning ("not set", "the default"), that meaning applies instead.</li>
 *   <li><b>Single values parsed from text throw.</b> {@code Secret.of}, {@code Secret.fromEnv},
 *       {@code PhoneNumber.parse}, {@code SipUri.parse}, {@code IpRange.parse} and the canonical
 *       constructors of these value types throw
 *       {@link io.trunkline.core.exception.InvalidConfigurationException} naming the value and the
 *       fix (never a secret's value). Their {@code problemWith(..)} variants return that message
 *       instead of throwing.</li>
 *   <li><b>Client configurations</b> ({@code SynthflowConfig.Builder}, {@code AircallConfig.Builder})
 *       record what their setters are given, and {@code build()} throws one
 *       {@code InvalidConfigurationException} listing every problem.</li>
 * </ol>
 *
 * <p>The only exceptions are the methods the JDK generates for enums ({@code Transport.valueOf(null)}
 * throws as every enum does). {@code ModelNullSafetyTest} holds the model to this rule by reflection,
 * so a new setter is covered without being listed.
 */
package io.trunkline.core.model;
