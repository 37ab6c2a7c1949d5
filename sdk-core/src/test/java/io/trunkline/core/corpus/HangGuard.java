package io.trunkline.core.corpus;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one parser call on a worker thread and fails fast if it does not return: a catastrophic regex
 * backtrack must fail the property with its input, not stall the build. jqwik has no per-try timeout,
 * and JUnit's {@code @Timeout} does not apply to jqwik properties.
 */
final class HangGuard {

    /** Generous: every parser answers in microseconds; only a runaway regex or loop gets near this. */
    static final long LIMIT_SECONDS = 5;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "corpus-hang-guard");
        thread.setDaemon(true); // a hung parser must not keep the test JVM alive
        return thread;
    });

    /** The first call that hung; its thread is still stuck, so later calls fail at once instead of queueing. */
    private static volatile String hung;

    private HangGuard() {
    }

    /**
     * @param what names the call in the failure message
     * @param call the parser call
     * @return what the call returned
     * @throws RuntimeException whatever the call threw, unwrapped
     * @throws AssertionError if the call did not return within {@link #LIMIT_SECONDS}
     */
    static <T> T call(String what, Supplier<T> call) {
        if (hung != null) {
            // fail fast: waiting behind a runaway thread would cost LIMIT_SECONDS per remaining try
            throw new AssertionError("not run because an earlier call hung: " + hung);
        }
        Future<T> future = WORKER.submit(call::get);
        try {
            return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            hung = what;
            throw new AssertionError(what + " did not return within " + LIMIT_SECONDS + " s (runaway regex?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        }
    }
}
