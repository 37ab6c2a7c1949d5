package io.trunkline.core.internal.lifecycle;

import io.trunkline.core.exception.TrunklineException;
import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.core.model.PhoneNumber;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link StateStore} in a properties file. Every change rewrites a temporary file and moves it
 * over the old one, so a crash leaves either the old or the new content, never half a file.
 *
 * <p>The file records its format under {@value #FORMAT_PROPERTY} (format {@value #FORMAT}). A file
 * without it was written by an earlier release in the same layout: it is read as is and gets the
 * property with the next change. A file in any other format is refused, and left untouched.
 *
 * <p>Several stores on one path, in one process or several on one host, share it safely through
 * OS-level locks on the sibling file {@code <file>.lock}: byte 0 guards each change, which re-reads
 * the file before writing it, so no process overwrites another's entries; one byte per DID (chosen
 * by the DID's hash) is held for a whole plan-and-apply by {@link #lockDid}, which also re-reads the
 * file, so the apply starts from what the previous holder wrote. Java's file locks belong to the
 * whole JVM, so each lock region is also guarded by a JVM-wide lock.
 */
public final class FileStateStore implements StateStore {

    /** How long {@link #lockDid} waits for another process's apply of the same DID. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

    private static final ConcurrentHashMap<String, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Path, FileChannel> CHANNELS = new ConcurrentHashMap<>();
    private static final long WRITE_REGION = 0;

    /** The property that records the file's format; not an entry of the store. */
    public static final String FORMAT_PROPERTY = "trunkline.state-format";
    /** The format this release writes. */
    public static final String FORMAT = "2";

    private final Path file;
    private final Path lockFile;
    private final Duration lockWait;
    private final TreeMap<String, String> entries = new TreeMap<>();

    /** @param file the state file, read now if it exists */
    public FileStateStore(Path file) {
        this(file, DEFAULT_LOCK_WAIT);
    }

    /**
     * @param file the state file, read now if it exists
     * @param lockWait how long {@link #lockDid} waits for another process before failing
     */
    public FileStateStore(Path file, Duration lockWait) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
        reload();
    }

    private synchronized void reload() {
        entries.clear();
        if (Files.exists(file)) {
            load();
        }
    }

    private void load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new TrunklineException("cannot read the Trunkline state file " + file + ": " + e.getMessage()
                    + "; fix its permissions or restore it from version control", e);
        }
        String format = (String) properties.remove(FORMAT_PROPERTY);
        if (format != null && !format.strip().equals(FORMAT)) {
            throw new TrunklineException("the Trunkline state file " + file + " is in format \"" + format
                    + "\", which this release does not know (it reads format " + FORMAT + " and files without a"
                    + " format); use the Trunkline release that wrote it, or a newer one. The file was left untouched");
        }
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        change(() -> {
            entries.put(key, value);
            return true;
        });
    }

    @Override
    public void remove(String key) {
        Objects.requireNonNull(key, "key");
        change(() -> entries.remove(key) != null);
    }

    /** Re-reads the file, applies one change and writes it back, all under the write lock. */
    private void change(java.util.function.BooleanSupplier change) {
        try (Held held = hold(WRITE_REGION, "write", Duration.ofMinutes(1))) {
            synchronized (this) {
                reload();
                if (change.getAsBoolean()) {
                    save();
                }
            }
        }
    }

    /**
     * Holds the DID's region of {@code <file>.lock} until closed, waiting up to the lock wait for
     * another process, then re-reads the file.
     */
    @Override
    public DidLock lockDid(PhoneNumber did) {
        Held held = hold(1 + (did.e164().hashCode() & 0x7fffffffL), "apply of " + did, lockWait);
        reload();
        return held::close;
    }

    /** A held region: the JVM-wide lock and the OS-level lock, released together. */
    private record Held(ReentrantLock jvmLock, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
            } catch (IOException ignored) {
                // a lock that cannot be released goes with the process
            } finally {
                jvmLock.unlock();
            }
        }
    }

    private Held hold(long region, String what, Duration wait) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile + "#" + region, k -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!jvmLock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(what, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrunklineException("interrupted while waiting for the lock of the " + what + " in " + lockFile, e);
        }
        try {
            FileChannel channel = lockChannel();
            while (true) {
                FileLock lock = tryLock(channel, region);
                if (lock != null) {
                    return new Held(jvmLock, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(what, wait);
                }
                // another process holds it: its apply of this DID takes seconds, so poll gently
                Thread.sleep(50);
            }
        } catch (IOException e) {
            jvmLock.unlock();
            throw new TrunklineException("cannot lock " + lockFile + ": " + e.getMessage()
                    + "; check that the directory is writable", e);
        } catch (InterruptedException e) {
            jvmLock.unlock();
            Thread.currentThread().interrupt();
            throw new TrunklineException("interrupted while waiting for the lock of the " + what + " in " + lockFile, e);
        } catch (RuntimeException e) {
            jvmLock.unlock();
            throw e;
        }
    }

    /**
     * One channel per lock file for the life of the JVM: on POSIX systems closing any channel of a
     * file releases every lock the process holds on it, so channels are never closed and locks are
     * released one by one.
     */
    private FileChannel lockChannel() throws IOException {
        try {
            return CHANNELS.computeIfAbsent(lockFile, path -> {
                try {
                    Files.createDirectories(path.getParent());
                    return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FileLock tryLock(FileChannel channel, long region) throws IOException {
        try {
            return channel.tryLock(region, 1, false);
        } catch (OverlappingFileLockException sameJvm) {
            return null; // another store in this JVM holds it; the JVM lock makes that rare (hash collision)
        }
    }

    private TrunklineException busy(String what, Duration wait) {
        return new TrunklineException("another process has held the lock of the " + what + " in " + lockFile
                + " for more than " + wait.toSeconds() + " s; wait for it to finish, or stop it (the lock goes"
                + " with the process) and run again");
    }

    @Override
    public synchronized Map<String, String> entries(String prefix) {
        Map<String, String> result = new TreeMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        return result;
    }

    private void save() {
        try {
            Path parent = file.getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Properties properties = new Properties();
            properties.putAll(entries);
            properties.put(FORMAT_PROPERTY, FORMAT);
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "Trunkline state: what Trunkline created and which manual steps were confirmed");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TrunklineException("cannot write the Trunkline state file " + file + ": " + e.getMessage()
                    + "; without it destroy cannot tell what Trunkline created", e);
        }
    }
}
