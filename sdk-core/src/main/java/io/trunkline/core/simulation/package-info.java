/**
 * Call-flow simulation: {@link io.trunkline.core.simulation.CallSimulator} follows a call through a
 * plan's Smartflow for a {@link io.trunkline.core.simulation.Scenario} (time of the call, whether the
 * AI answers, whether and where it transfers) and returns the {@link io.trunkline.core.simulation.CallPath}
 * with its {@link io.trunkline.core.simulation.Outcome}, so tests can assert routing without a phone
 * call. {@link io.trunkline.core.simulation.CallFlowDiagram} draws the flow as a Mermaid flowchart.
 */
package io.trunkline.core.simulation;
