package io.trunkline.it;

import io.trunkline.core.time.Sleeper;
import io.trunkline.testkit.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simulated time for several threads at once. A sleeping thread waits until the shared
 * {@link SimulatorClock} reaches its wake-up time; a ticker moves the clock to the earliest wake-up
 * only when no thread is doing Trunkline work — no thread has a frame of the SDK or the simulators
 * on its stack, except threads asleep here and the caller waiting for a batch. Time never jumps while
 * a request is being built, sent or served, which a sleeper that simply advances the clock would
 * allow: a request sent at its reserved instant would reach the simulator a window later and bunch
 * with the next window's requests.
 */
final class VirtualTime implements Sleeper, AutoCloseable {

    private static final long POLL_MILLIS = 3;

    private final SimulatorClock clock;
    private final Object lock = new Object();
    private final Map<Thread, Long> sleepers = new ConcurrentHashMap<>();
    private final Thread ticker;
    private volatile boolean running = true;

    VirtualTime(SimulatorClock clock) {
        this.clock = clock;
        this.ticker = new Thread(this::tick, "virtual-time");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        synchronized (lock) {
            long target = clock.millis() + duration.toMillis();
            sleepers.put(Thread.currentThread(), target);
            try {
                while (clock.millis() < target) {
                    lock.wait();
                }
            } finally {
                sleepers.remove(Thread.currentThread());
            }
        }
    }

    private void tick() {
        int idlePolls = 0;
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = clock.millis();
            long next = sleepers.values().stream().filter(t -> t > now).min(Long::compare).orElse(Long.MAX_VALUE);
            idlePolls = next != Long.MAX_VALUE && nobodyWorking(now) ? idlePolls + 1 : 0;
            if (idlePolls >= 2) { // twice in a row, so a thread between two frames is not missed
                synchronized (lock) {
                    clock.instant(Instant.ofEpochMilli(next));
                    lock.notifyAll();
                }
                idlePolls = 0;
            }
        }
    }

    private boolean nobodyWorking(long now) {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Long target = sleepers.get(entry.getKey());
            if (target != null && target > now) {
                continue; // asleep until later
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (working(frame)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** SDK or simulator code, except the batch caller waiting for its workers. */
    private static boolean working(StackTraceElement frame) {
        String type = frame.getClassName();
        if (!type.startsWith("io.trunkline.") || type.startsWith("io.trunkline.it.")) {
            return false;
        }
        return !(type.equals("io.trunkline.core.lifecycle.IntegrationEngine")
                && (frame.getMethodName().equals("applyAll") || frame.getMethodName().equals("await")));
    }

    @Override
    public void close() {
        running = false;
        ticker.interrupt();
    }
}
