package io.trunkline.diagnostics.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A UDP socket on loopback that records every datagram it receives and answers each with the
 * datagrams a script returns (none for a silent peer, e.g. a firewall dropping SIP).
 */
final class ScriptedUdpPeer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Function<String, List<String>> script;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Integer> sourcePorts = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private ScriptedUdpPeer(Function<String, List<String>> script) throws IOException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.script = script;
        this.thread = new Thread(this::serve, "scripted-udp-peer");
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedUdpPeer answering(Function<String, List<String>> script) throws IOException {
        return new ScriptedUdpPeer(script);
    }

    static ScriptedUdpPeer silent() throws IOException {
        return new ScriptedUdpPeer(request -> List.of());
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    List<Integer> sourcePorts() {
        return List.copyOf(sourcePorts);
    }

    private void serve() {
        byte[] buffer = new byte[65_535];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                received.add(request);
                sourcePorts.add(packet.getPort());
                for (String reply : script.apply(request)) {
                    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
                    socket.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
