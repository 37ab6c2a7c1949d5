package io.trunkline.core.spi;

import io.trunkline.core.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The slow, salted digest a sensitive {@link ManualStep.Field} keeps instead of its secret (the reasons
 * are on {@link ManualStep.Field#secret(String, String, Secret)}).
 *
 * <p>A derivation costs about a fifth of a second, and a plan's runbook is written again at every
 * plan, apply and verify, so digests are remembered per {@link Secret} for as long as that secret
 * is reachable (weak keys: the cache never keeps a secret alive).
 */
final class SecretFieldDigest {

    /** OWASP's recommended iteration count for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 600_000;
    private static final int BITS = 256;
    private static final String SALT_PREFIX = "trunkline.manual-field.v1\n";

    private static final Map<Secret, Map<String, String>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private SecretFieldDigest() {
    }

    static String of(String context, Secret secret) {
        Map<String, String> byContext = CACHE.computeIfAbsent(secret, s -> Collections.synchronizedMap(new HashMap<>()));
        return byContext.computeIfAbsent(context, c -> derive(c, secret));
    }

    private static String derive(String context, Secret secret) {
        char[] password = secret.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(password, (SALT_PREFIX + context).getBytes(StandardCharsets.UTF_8), ITERATIONS, BITS);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required on every Java platform", e);
        } finally {
            spec.clearPassword();
            java.util.Arrays.fill(password, '\0');
        }
    }
}
