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
 * A real SIP peer running as a separate process on a free loopback port, answering the probe's
 * OPTIONS: SIPp (Debian package {@code sip-tester}) with one of the scenarios in
 * {@code src/test/resources/sip} over UDP or TCP, or Kamailio (Debian packages {@code kamailio} and
 * {@code kamailio-tls-modules}) over TLS, because Debian builds SIPp without TLS. {@link #close()}
 * kills it regardless of how it ended.
 */
final class SipPeerProcess implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Duration STARTUP = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final int port;

    private SipPeerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * SIPp as a UAS that answers one OPTIONS ({@code -m 1}) as the scenario says, then exits; a
     * global {@code -timeout} bounds it even if nothing arrives.
     */
    static SipPeerProcess sipp(Path sipp, String scenario, Transport transport, Path workDir) throws IOException {
        int port = freePort(transport);
        return start(List.of(sipp.toString(),
                "-sf", resource("sip/" + scenario + ".xml").toString(),
                "-i", LOOPBACK.getHostAddress(), "-p", Integer.toString(port),
                "-t", transport == Transport.UDP ? "u1" : "t1",
                "-m", "1", "-timeout", "10s", "-nostdin"), "sipp-" + scenario, port, transport, workDir);
    }

    /**
     * Kamailio listening for TLS only, presenting {@code certificates}, answering every OPTIONS
     * with 200 OK (configuration {@code sip/kamailio-options.cfg}) until closed.
     */
    static SipPeerProcess kamailioTls(Path kamailio, TestCertificates certificates, Path workDir) throws Exception {
        int port = freePort(Transport.TLS);
        Path certificate = workDir.resolve("kamailio-cert.pem");
        Path key = workDir.resolve("kamailio-key.pem");
        certificates.writePem(certificate, key);
        Files.writeString(workDir.resolve("tls.cfg"), "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
                + "require_certificate = no\ncertificate = " + certificate + "\nprivate_key = " + key + "\n");
        return start(List.of(kamailio.toString(), "-f", resource("sip/kamailio-options.cfg").toString(),
                "-DD", "-E", "-w", workDir.toString(), "-l", "tls:" + LOOPBACK.getHostAddress() + ":" + port,
                "-Y", workDir.toString(), "-P", workDir.resolve("kamailio.pid").toString()),
                "kamailio", port, Transport.TLS, workDir);
    }

    private static SipPeerProcess start(List<String> command, String name, int port, Transport transport, Path workDir)
            throws IOException {
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SipPeerProcess peer = new SipPeerProcess(process, log, port);
        peer.awaitListening(transport);
        return peer;
    }

    int port() {
        return port;
    }

    /** @return whether the peer (SIPp, at the end of its scenario) exited successfully within {@code timeout} */
    boolean completedSuccessfully(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
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

    /** Polls until the peer holds the port, detected by our own bind failing, so no traffic is sent. */
    private void awaitListening(Transport transport) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!portTaken(transport)) {
            try {
                // waitFor doubles as the poll interval and notices the peer dying on start-up.
                if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(process.info().command().orElse("the SIP peer") + " exited with "
                            + process.exitValue() + ":\n" + output());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the SIP peer", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the SIP peer did not listen on port " + port + " within " + STARTUP
                        + ":\n" + output());
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

    private static Path resource(String name) {
        try {
            return Path.of(SipPeerProcess.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
