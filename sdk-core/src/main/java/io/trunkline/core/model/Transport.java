package io.trunkline.core.model;

/**
 * The SIP transport between Aircall and Synthflow. Synthflow listens for SIP signalling on port
 * {@value #PLAIN_PORT} for UDP and TCP and on {@value #TLS_PORT} for TLS.
 */
public enum Transport {
    /** SIP over UDP, Synthflow port {@value #PLAIN_PORT}. */
    UDP(Transport.PLAIN_PORT),
    /** SIP over TCP, Synthflow port {@value #PLAIN_PORT}. */
    TCP(Transport.PLAIN_PORT),
    /** SIP over TLS, Synthflow port {@value #TLS_PORT}. */
    TLS(Transport.TLS_PORT);

    /** Synthflow's SIP signalling port for UDP and TCP. */
    public static final int PLAIN_PORT = 32681;
    /** Synthflow's SIP signalling port for TLS. */
    public static final int TLS_PORT = 32682;

    private final int defaultPort;

    Transport(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** @return the port Synthflow documents for this transport */
    public int defaultPort() {
        return defaultPort;
    }

    /** @return the value of the SIP URI {@code transport} parameter, e.g. {@code "udp"} */
    public String uriParameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
