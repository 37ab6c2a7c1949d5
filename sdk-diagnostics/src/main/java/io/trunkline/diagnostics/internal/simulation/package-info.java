/**
 * The Smartflow walk behind {@code io.trunkline.diagnostics.simulation.CallSimulator}, the opening-hours
 * check and the Mermaid writer behind {@code CallFlowDiagram}. Internal: not public API.
 */
package io.trunkline.diagnostics.internal.simulation;
