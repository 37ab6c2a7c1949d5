package io.trunkline.core.internal.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether a host is this machine, for the vendor configurations that accept plain
 * {@code http://} base URLs only for loopback (tests, simulators, local recorders).
 */
public final class LoopbackHosts {

    private LoopbackHosts() {
    }

    /**
     * @param host a host name or IP literal, IPv6 without brackets
     * @return whether it is {@code localhost} or a loopback literal ({@code 127.0.0.0/8}, {@code ::1})
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked: resolving a name would touch DNS while building a config.
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
