package io.trunkline.bench.internal;

import io.trunkline.testkit.RecordedRequest;
import io.trunkline.testkit.VendorSimulator;
import java.util.List;

/**
 * Requests a simulator received between two points of its journal, split into reads ({@code GET})
 * and writes (every other method), counted the same way for Trunkline and for the baseline script.
 *
 * @param reads requests with method GET
 * @param writes requests with any other method
 */
public record RequestTally(int reads, int writes) {

    /**
     * Marks the current end of a simulator's journal.
     *
     * @param simulator the simulator
     * @return the journal length now
     */
    public static int mark(VendorSimulator simulator) {
        return simulator.requests().size();
    }

    /**
     * @param simulator the simulator
     * @param mark a value of {@link #mark} taken earlier
     * @return the requests received since {@code mark}
     */
    public static RequestTally since(VendorSimulator simulator, int mark) {
        List<RecordedRequest> all = simulator.requests();
        List<RecordedRequest> recent = all.subList(mark, all.size());
        int reads = (int) recent.stream().filter(r -> r.method().equals("GET")).count();
        return new RequestTally(reads, recent.size() - reads);
    }

    /**
     * @param simulator the simulator
     * @param mark a value of {@link #mark} taken earlier
     * @return the requests received since {@code mark}, as {@code "GET /v1/numbers"} lines
     */
    public static List<String> linesSince(VendorSimulator simulator, int mark) {
        List<RecordedRequest> all = simulator.requests();
        return all.subList(mark, all.size()).stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** @return reads plus writes */
    public int total() {
        return reads + writes;
    }

    /** @param other another tally @return the sum of both */
    public RequestTally plus(RequestTally other) {
        return new RequestTally(reads + other.reads, writes + other.writes);
    }
}
