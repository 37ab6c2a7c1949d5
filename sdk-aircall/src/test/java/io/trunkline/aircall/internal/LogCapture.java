package io.trunkline.aircall.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what slf4j-simple (the test binding, default level INFO) writes to System.err while open,
 * so that a test can assert which lines a user would see.
 */
final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    LogCapture() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** @return the lines logged at INFO so far */
    java.util.List<String> infoLines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" INFO ")).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
