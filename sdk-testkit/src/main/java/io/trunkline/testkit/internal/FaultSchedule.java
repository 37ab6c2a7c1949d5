package io.trunkline.testkit.internal;

import io.trunkline.testkit.FaultInjection;
import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.SimulatedFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The rules of one simulator; guarded by the simulator's lock through {@link SimulatorServer}. */
final class FaultSchedule implements FaultInjection {

    private final Object lock;
    private final List<Rule> rules = new ArrayList<>();

    FaultSchedule(Object lock) {
        this.lock = lock;
    }

    @Override
    public FaultInjection.Rule next(int count, String method, String pathPattern, SimulatedFault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(fault, "fault");
        Rule rule = new Rule(method, PathPattern.compile(pathPattern), fault, count);
        synchronized (lock) {
            rules.add(rule);
        }
        return rule;
    }

    @Override
    public List<FaultInjection.Rule> rules() {
        synchronized (lock) {
            return List.copyOf(rules);
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            rules.clear();
        }
    }

    /** Uses up one firing of the first live rule matching {@code request}. Call with the lock held. */
    Optional<SimulatedFault> take(RecordedRequest request) {
        for (Rule rule : rules) {
            if (rule.remaining > 0 && rule.matches(request)) {
                rule.remaining--;
                rule.triggered++;
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private final class Rule implements FaultInjection.Rule {
        private final String method;
        private final PathPattern path;
        private final SimulatedFault fault;
        private int remaining;
        private int triggered;

        Rule(String method, PathPattern path, SimulatedFault fault, int remaining) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = remaining;
        }

        boolean matches(RecordedRequest request) {
            return ("*".equals(method) || method.equalsIgnoreCase(request.method())) && path.matches(request.path());
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public String pathPattern() {
            return path.toString();
        }

        @Override
        public SimulatedFault fault() {
            return fault;
        }

        @Override
        public int remaining() {
            synchronized (lock) {
                return remaining;
            }
        }

        @Override
        public int triggered() {
            synchronized (lock) {
                return triggered;
            }
        }

        @Override
        public String toString() {
            return "FaultInjection.Rule[" + method + " " + path + " -> " + fault + ", remaining " + remaining() + "]";
        }
    }
}
