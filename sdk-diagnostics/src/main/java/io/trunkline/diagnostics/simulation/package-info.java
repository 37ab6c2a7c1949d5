/**
 * Call-flow simulation: {@link io.trunkline.diagnostics.simulation.CallSimulator} follows a call through a
 * plan's Smartflow for a {@link io.trunkline.diagnostics.simulation.Scenario} (time of the call, whether the
 * AI answers, whether and where it transfers) and returns the {@link io.trunkline.diagnostics.simulation.CallPath}
 * with its {@link io.trunkline.diagnostics.simulation.CallPath.Outcome}, so tests can assert routing without a phone
 * call. {@link io.trunkline.diagnostics.simulation.CallFlowDiagram} draws the flow as a Mermaid flowchart.
 */
package io.trunkline.diagnostics.simulation;
