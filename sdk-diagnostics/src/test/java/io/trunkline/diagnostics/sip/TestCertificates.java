package io.trunkline.diagnostics.sip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway self-signed certificate made with the JDK's keytool at test time, so no key is
 * committed and nothing expires in the repository.
 */
final class TestCertificates {

    private static final char[] PASSWORD = "test-only-throwaway".toCharArray();

    private final KeyStore keyStore;

    private TestCertificates(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /**
     * @param dir where to write the keystore
     * @param subjectAlternativeNames keytool SAN syntax, e.g. {@code ip:127.0.0.1,dns:localhost}
     */
    static TestCertificates generate(Path dir, String subjectAlternativeNames) throws Exception {
        Path file = dir.resolve("sip-" + subjectAlternativeNames.replaceAll("[^a-z0-9]", "_") + ".p12");
        Process keytool = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sip", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=trunkline-test", "-ext", "SAN=" + subjectAlternativeNames, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD);
        }
        return new TestCertificates(keyStore);
    }

    /**
     * Writes the certificate and its private key (PKCS#8) as PEM files, for a peer that is not Java.
     *
     * @param certificate where to write the certificate
     * @param privateKey where to write the key
     */
    void writePem(Path certificate, Path privateKey) throws GeneralSecurityException, IOException {
        Files.writeString(certificate, pem("CERTIFICATE", keyStore.getCertificate("sip").getEncoded()));
        Files.writeString(privateKey, pem("PRIVATE KEY", keyStore.getKey("sip", PASSWORD).getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** @return a server context presenting the certificate */
    SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** @return a client context that trusts only this certificate */
    SSLContext clientContextTrustingIt() throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("sip", keyStore.getCertificate("sip"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
