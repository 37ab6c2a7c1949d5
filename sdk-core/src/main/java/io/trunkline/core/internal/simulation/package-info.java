/**
 * The Smartflow walk behind {@code io.trunkline.core.simulation.CallSimulator}, the opening-hours
 * check and the Mermaid writer behind {@code CallFlowDiagram}. Internal: not public API.
 */
package io.trunkline.core.internal.simulation;
