package io.trunkline.diagnostics.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ServerSocketFactory;

/**
 * A stream (TCP or, given a TLS server socket factory, TLS) peer on loopback that accepts one
 * connection, reads one request head and writes the chunks a script returns, each flushed on its
 * own so that the client must reassemble messages. Then it closes, or keeps the connection open.
 */
final class ScriptedTcpPeer implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<String> request = new CompletableFuture<>();
    private final Thread thread;
    private volatile Socket connection;

    private final boolean readsFirst;

    private ScriptedTcpPeer(ServerSocketFactory factory, Function<String, List<String>> script, boolean closeAfter,
                            boolean readsFirst) throws IOException {
        this.readsFirst = readsFirst;
        this.server = factory.createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.thread = new Thread(() -> serve(script, closeAfter), "scripted-tcp-peer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers with {@code script}'s chunks and keeps the connection open until closed. */
    static ScriptedTcpPeer answering(ServerSocketFactory factory, Function<String, List<String>> script)
            throws IOException {
        return new ScriptedTcpPeer(factory, script, false, true);
    }

    /** Answers with {@code script}'s chunks, then closes the connection. */
    static ScriptedTcpPeer answeringThenClosing(ServerSocketFactory factory, Function<String, List<String>> script)
            throws IOException {
        return new ScriptedTcpPeer(factory, script, true, true);
    }

    /** Writes {@code text} as soon as a connection opens, without reading anything, then closes. */
    static ScriptedTcpPeer greetingThenClosing(String text) throws IOException {
        return new ScriptedTcpPeer(ServerSocketFactory.getDefault(), request -> List.of(text), true, false);
    }

    static ScriptedTcpPeer answering(Function<String, List<String>> script) throws IOException {
        return answering(ServerSocketFactory.getDefault(), script);
    }

    int port() {
        return server.getLocalPort();
    }

    /** @return the request head the peer received (with its blank line), waiting briefly for it */
    String request() throws Exception {
        return request.get(5, TimeUnit.SECONDS);
    }

    private void serve(Function<String, List<String>> script, boolean closeAfter) {
        try (Socket socket = server.accept()) {
            connection = socket;
            String head = readsFirst ? readHead(socket.getInputStream()) : "";
            request.complete(head);
            OutputStream out = socket.getOutputStream();
            for (String chunk : script.apply(head)) {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (!closeAfter) {
                socket.getInputStream().read();
            }
        } catch (IOException e) {
            request.completeExceptionally(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before a full request head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket open = connection;
        if (open != null) {
            open.close();
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
