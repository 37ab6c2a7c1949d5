package io.trunkline.core.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What one snapshot of a port has read, so that each resource is read at most once; for port
 * implementations of {@link io.trunkline.core.spi.ContactCenter#snapshot()} and {@link io.trunkline.core.spi.AgentPlatform#snapshot()}.
 * Thread-safe: threads asking for the same key at once wait for one read (a batch shares a
 * snapshot across threads). A read that fails is not kept, so asking again reads again.
 *
 * <pre>{@code
 * private final SnapshotReads reads = new SnapshotReads();
 *
 * public Optional<ContactCenter.TeamState> findTeam(long teamId) {
 *     return reads.get(() -> readTeam(teamId), "team", teamId);
 * }
 * }</pre>
 */
public final class SnapshotReads {

    private final ConcurrentHashMap<List<Object>, FutureTask<Object>> reads = new ConcurrentHashMap<>();

    /**
     * @param read reads the resource; called at most once per key while it succeeds
     * @param key what is read, e.g. {@code "team", 678}; no element may be {@code null}
     * @param <T> the answer's type
     * @return the answer read for {@code key}, by this call or an earlier one
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<T> read, Object... key) {
        Objects.requireNonNull(read, "read");
        List<Object> id = List.of(key);
        FutureTask<Object> mine = new FutureTask<>(read::get);
        FutureTask<Object> task = reads.putIfAbsent(id, mine);
        if (task == null) {
            task = mine;
            mine.run();
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            reads.remove(id, task);
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.trunkline.core.exception.TrunklineException("interrupted while another thread read " + id, e);
        }
    }
}
