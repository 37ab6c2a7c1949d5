/**
 * Spring Boot auto-configuration for Trunkline: {@code trunkline.*} properties, both vendor clients
 * and adapters, the state store and the engine ({@link io.trunkline.spring.boot.ObservedIntegrationEngine}
 * observes its phases), one Actuator health indicator per vendor and optional Micrometer
 * instrumentation. Add {@code trunkline-spring-boot-starter} and set the credentials:
 *
 * <pre>
 * trunkline.synthflow.api-key=${SYNTHFLOW_API_KEY}
 * trunkline.synthflow.workspace-id=${SYNTHFLOW_WORKSPACE_ID}
 * trunkline.aircall.api-id=${AIRCALL_API_ID}
 * trunkline.aircall.api-token=${AIRCALL_API_TOKEN}
 * </pre>
 */
package io.trunkline.spring.boot;
