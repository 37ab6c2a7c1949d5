package io.trunkline.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this Trunkline build. */
public final class Trunkline {

    /** The version of the Trunkline artifacts, e.g. {@code 0.1.0}. */
    public static final String VERSION = readVersion();

    /** The User-Agent every vendor client sends: {@code trunkline/<version>}. */
    public static final String USER_AGENT = "trunkline/" + VERSION;

    private Trunkline() {
    }

    private static String readVersion() {
        try (InputStream in = Trunkline.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Trunkline's version.properties", e);
        }
    }
}
