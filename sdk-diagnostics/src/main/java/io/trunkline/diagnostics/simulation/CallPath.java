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

    /**
     * Copies the hops.
     *
     * @param hops one sentence per hop, in order; not null, no null element; copied
     * @param outcome where the call ends; not null
     */
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

    /** Where a simulated call ends up. */
    public enum Outcome {
        /** The AI answered and kept the call. */
        HANDLED_BY_AI,
        /** The AI transferred the call to an Aircall line, which answered (its own Smartflow routes it). */
        TRANSFERRED_TO_LINE,
        /** The AI transferred the call, through a line, to an Aircall team, which answered. */
        TRANSFERRED_TO_TEAM,
        /** The AI transferred the call, through a line, to an Aircall user, who answered. */
        TRANSFERRED_TO_USER,
        /** The AI tried to transfer, the target did not answer, and the call stayed with the AI. */
        TRANSFER_UNANSWERED,
        /** The AI did not answer in time; the forward step's fallback rang a team. */
        FALLBACK_TEAM,
        /** The AI did not answer in time; the forward step's fallback rang a user. */
        FALLBACK_USER,
        /** The call went to voicemail, as a fallback or as a Smartflow step. */
        VOICEMAIL,
        /** A Smartflow step (not a fallback) rang a team, which answered. */
        ROUTED_TO_TEAM,
        /** A Smartflow step (not a fallback) rang a user, who answered. */
        ROUTED_TO_USER,
        /** The call ran out of steps without being answered (e.g. an empty Business Hours branch). */
        NO_ROUTE
    }
}
