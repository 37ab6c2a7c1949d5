package io.trunkline.it;

import io.trunkline.core.model.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Distinctive secret values configured everywhere in these tests, so that any occurrence in captured
 * output is a leak and never a coincidence. Each contains the canary marker {@value #CANARY}, is
 * long, contains characters that URL encoding and JSON escaping change (so the encoded forms differ
 * from the plain one), and contains no word of 6 letters or more that could appear in output by
 * chance (so that every prefix and suffix of 6 characters is a needle too).
 */
final class Secrets {

    /** The marker every test secret contains: finding it anywhere means some part of a secret leaked. */
    static final String CANARY = "LEAKCANARY";

    static final String SYNTHFLOW_API_KEY = "sfk_LEAKCANARY_q7Z2+xW9/kP4=Sf8Kx2";
    static final String AIRCALL_API_ID = "acid_LEAKCANARY_3fJ8";
    static final String AIRCALL_API_TOKEN = "actok_LEAKCANARY_v5N1+mR6/tY0=Ac7Qz";
    static final String AIRCALL_BEARER = "acbearer_LEAKCANARY_h2D4+oP8/sE7=Ob3Wy";
    static final String SIP_PASSWORD = "sippw_LEAKCANARY_b9C3+uL5/wQ1=Tr6Jv";
    /** The SIP trunk password after a rotation. */
    static final String ROTATED_SIP_PASSWORD = "sippw_LEAKCANARY_r4T8+zK2/nV6=Ro5Hd";
    /** Configured by the scenarios in which the vendor refuses the credentials. */
    static final String WRONG_SYNTHFLOW_API_KEY = "sfk_LEAKCANARY_wr0ng+K3y/eXp1r3d=";
    static final String WRONG_AIRCALL_API_TOKEN = "actok_LEAKCANARY_wr0ng+T0k/r3v0k3d=";

    /** The shortest prefix or suffix of a secret that is a needle of its own. */
    static final int SHORTEST_FRAGMENT = 6;

    private Secrets() {
    }

    static Secret synthflowApiKey() {
        return Secret.of(SYNTHFLOW_API_KEY);
    }

    static Secret aircallApiToken() {
        return Secret.of(AIRCALL_API_TOKEN);
    }

    static Secret aircallBearer() {
        return Secret.of(AIRCALL_BEARER);
    }

    static Secret sipPassword() {
        return Secret.of(SIP_PASSWORD);
    }

    static Secret rotatedSipPassword() {
        return Secret.of(ROTATED_SIP_PASSWORD);
    }

    /** The value after {@code Basic } in Aircall's Authorization header, before encoding. */
    static String basicCredentials() {
        return AIRCALL_API_ID + ":" + AIRCALL_API_TOKEN;
    }

    /** @return description → each secret value configured in these tests */
    static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Synthflow API key", SYNTHFLOW_API_KEY);
        values.put("Aircall api_id", AIRCALL_API_ID);
        values.put("Aircall api_token", AIRCALL_API_TOKEN);
        values.put("Aircall bearer token", AIRCALL_BEARER);
        values.put("SIP trunk password", SIP_PASSWORD);
        values.put("rotated SIP trunk password", ROTATED_SIP_PASSWORD);
        values.put("refused Synthflow API key", WRONG_SYNTHFLOW_API_KEY);
        values.put("refused Aircall api_token", WRONG_AIRCALL_API_TOKEN);
        return values;
    }

    /**
     * Every form in which a secret could leak: the canary marker; each secret and each
     * {@code api_id:api_token} pair (what an {@code Authorization: Basic} header carries) plain,
     * URL-encoded (form and path style), Base64 (standard and URL-safe, with and without padding)
     * and JSON-escaped (<code>&#92;u</code> escapes, either case, and <code>&#92;/</code>); and every prefix and suffix
     * of at least {@value #SHORTEST_FRAGMENT} characters of each secret, so a truncated or partly
     * masked secret is found too.
     *
     * @return description → needle
     */
    static Map<String, String> needles() {
        Map<String, String> whole = new LinkedHashMap<>(values());
        whole.put("Aircall api_id:api_token", basicCredentials());
        whole.put("refused Aircall api_id:api_token", AIRCALL_API_ID + ":" + WRONG_AIRCALL_API_TOKEN);
        Map<String, String> needles = new LinkedHashMap<>();
        needles.put("canary marker", CANARY);
        whole.forEach((name, value) -> {
            needles.put(name + " (plain)", value);
            needles.put(name + " (URL-encoded)", URLEncoder.encode(value, StandardCharsets.UTF_8));
            needles.put(name + " (URL-encoded, %20)", URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            needles.put(name + " (Base64)", Base64.getEncoder().encodeToString(bytes));
            needles.put(name + " (Base64, unpadded)", Base64.getEncoder().withoutPadding().encodeToString(bytes));
            needles.put(name + " (Base64 URL-safe)", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            needles.put(name + " (JSON, symbols \\u-escaped)", jsonEscaped(value, false, "%04x"));
            needles.put(name + " (JSON, symbols \\U-escaped)", jsonEscaped(value, false, "%04X"));
            needles.put(name + " (JSON, all \\u-escaped)", jsonEscaped(value, true, "%04x"));
            needles.put(name + " (JSON, all \\U-escaped)", jsonEscaped(value, true, "%04X"));
            needles.put(name + " (JSON, \\/)", value.replace("/", "\\/"));
        });
        values().forEach((name, value) -> {
            for (int length = SHORTEST_FRAGMENT; length < value.length(); length++) {
                needles.put(name + " (first " + length + " characters)", value.substring(0, length));
                needles.put(name + " (last " + length + " characters)", value.substring(value.length() - length));
            }
        });
        return needles;
    }

    /** @param all whether letters and digits are escaped too, or only the other characters */
    private static String jsonEscaped(String value, boolean all, String hex) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (all || !Character.isLetterOrDigit(c)) {
                escaped.append("\\u").append(String.format(hex, (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
