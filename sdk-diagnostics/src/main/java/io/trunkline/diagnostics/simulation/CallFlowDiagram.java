package io.trunkline.diagnostics.simulation;

import io.trunkline.core.IntegrationPlan;
import io.trunkline.diagnostics.internal.simulation.MermaidFlowchart;
import java.util.Objects;

/**
 * Draws a plan's call flow as a <a href="https://mermaid.js.org/syntax/flowchart.html">Mermaid</a>
 * flowchart: the Smartflow's conditions and steps, the forward to Synthflow with its fallback, the
 * assistant and its transfers back to Aircall lines, teams and users.
 *
 * <pre>{@code
 * Files.writeString(Path.of("call-flow.mmd"), CallFlowDiagram.mermaid(plan));
 * }</pre>
 *
 * <p>The output is deterministic: node ids follow the plan's structure ({@code step0},
 * {@code step0_closed0}, {@code step0_closed0_fallback}, {@code ai}, {@code transfer0}...), so a
 * diagram kept in a repository only changes when the plan does.
 */
public final class CallFlowDiagram {

    private CallFlowDiagram() {
    }

    /**
     * @param plan a plan without validation errors
     * @return the Mermaid source, starting with {@code flowchart TD} and ending with a newline
     * @throws io.trunkline.core.exception.PlanValidationException if the plan has validation errors
     */
    public static String mermaid(IntegrationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        plan.validate().orThrow();
        return MermaidFlowchart.render(plan);
    }
}
