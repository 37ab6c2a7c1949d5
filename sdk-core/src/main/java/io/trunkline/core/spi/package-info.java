/**
 * The ports (SPI) the lifecycle engine drives: {@link io.trunkline.core.spi.AgentPlatform} (the AI
 * voice-agent side) and {@link io.trunkline.core.spi.ContactCenter} (the contact-center side), with
 * the domain records they exchange. Vendor modules implement them; the testkit and tests fake them.
 * Steps a vendor offers only in its dashboard are {@link io.trunkline.core.spi.ManualStep}s.
 */
package io.trunkline.core.spi;
