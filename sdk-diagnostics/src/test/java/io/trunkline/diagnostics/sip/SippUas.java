package io.trunkline.diagnostics.sip;

import io.trunkline.core.model.Transport;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SIPp (Debian package {@code sip-tester}) running as a UAS on a free loopback port with one of the
 * scenarios in {@code src/test/resources/sip}. It answers one OPTIONS ({@code -m 1}) and exits, and
 * a global {@code -timeout} bounds it even if nothing arrives; {@link #close()} kills it regardless.
 */
final class SippUas implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration STARTUP = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final int port;

    private SippUas(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static SippUas start(Path sipp, String scenario, Transport transport, Path workDir) throws IOException {
        int port = freePort(transport);
        Path log = workDir.resolve("sipp-" + scenario + ".log");
        Process process = new ProcessBuilder(List.of(sipp.toString(),
                "-sf", scenarioFile(scenario).toString(),
                "-i", LOOPBACK.getHostAddress(), "-p", Integer.toString(port),
                "-t", transport == Transport.UDP ? "u1" : "t1",
                "-m", "1", "-timeout", "10s", "-nostdin"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SippUas uas = new SippUas(process, log, port);
        uas.awaitListening(transport);
        return uas;
    }

    int port() {
        return port;
    }

    /** @return whether SIPp ended its scenario successfully within {@code timeout} */
    boolean completedSuccessfully(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no SIPp output: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Polls until SIPp holds the port, detected by our own bind failing, so no traffic is sent. */
    private void awaitListening(Transport transport) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!portTaken(transport)) {
            try {
                // waitFor doubles as the poll interval and notices SIPp dying on start-up.
                if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("SIPp exited with " + process.exitValue() + ":\n" + output());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for SIPp", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SIPp did not listen on port " + port + " within " + STARTUP);
            }
        }
    }

    private boolean portTaken(Transport transport) throws IOException {
        InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
        try {
            if (transport == Transport.UDP) {
                new DatagramSocket(address).close();
            } else {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(address);
                }
            }
            return false;
        } catch (BindException e) {
            return true;
        }
    }

    private static int freePort(Transport transport) throws IOException {
        if (transport == Transport.UDP) {
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
                return socket.getLocalPort();
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
    }

    private static Path scenarioFile(String scenario) {
        try {
            return Path.of(SippUas.class.getResource("/sip/" + scenario + ".xml").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test scenario sip/" + scenario + ".xml", e);
        }
    }
}
