package io.trunkline.diagnostics.simulation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hops a simulated call takes through the Smartflow and back to Aircall, in order, and where
 * it ends.
 *
 * <pre>{@code
 * assertThat(path.outcome()).isEqualTo(Outcome.TRANSFERRED_TO_TEAM);
 * assertThat(path.hops()).contains("AI answers");
 * }</pre>
 *
 * @param hops one sentence per hop, e.g. {@code "Business Hours: closed (Tue 20:15 Europe/Paris)"}
 * @param outcome where the call ends
 */
public record CallPath(List<String> hops, Outcome outcome) {

    /** Copies the hops. */
    public CallPath {
        hops = List.copyOf(hops);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return the hops numbered one per line, then {@code => OUTCOME} */
    public String render() {
        return IntStream.range(0, hops.size()).mapToObj(i -> (i + 1) + ". " + hops.get(i))
                .collect(Collectors.joining("\n")) + "\n=> " + outcome;
    }

    /** @return the hops joined with arrows, then the outcome, on one line */
    @Override
    public String toString() {
        return String.join(" → ", hops) + " => " + outcome;
    }
}
