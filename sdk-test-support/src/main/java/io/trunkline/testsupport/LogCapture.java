package io.trunkline.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Captures what slf4j-simple (the test binding, default level INFO) writes to System.err while open,
 * so that a test can assert which lines a user would see.
 */
public final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** Starts capturing System.err; {@link #close()} restores it. */
    public LogCapture() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** @return the lines logged at INFO so far */
    public List<String> infoLines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" INFO ")).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
