package io.trunkline.examples;

import io.trunkline.core.lifecycle.ApplyListener;
import io.trunkline.core.lifecycle.ApplyResult;
import io.trunkline.core.lifecycle.Change;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints apply progress, one line per change. */
final class ConsoleProgress implements ApplyListener {

    private final PrintStream out;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stepSucceeded(Change change, Duration duration) {
        out.printf("  done      %-45s %s (%d ms)%n", change.id(), change.summary(), duration.toMillis());
    }

    @Override
    public void stepFailed(Change change, RuntimeException error, Duration duration) {
        out.printf("  FAILED    %-45s %s%n", change.id(), error.getMessage());
    }

    @Override
    public void stepSkipped(ApplyResult.StepOutcome outcome) {
        out.printf("  %-9s %-45s %s%n", outcome.status().name().toLowerCase(Locale.ROOT), outcome.change().id(),
                outcome.detail());
    }
}
