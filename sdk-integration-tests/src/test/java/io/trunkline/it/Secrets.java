package io.trunkline.it;

import io.trunkline.core.model.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Distinctive secret values configured everywhere in these tests, so that any occurrence in captured
 * output is a leak and never a coincidence. Each is long and contains characters that URL encoding
 * changes, so the encoded forms differ from the plain one.
 */
final class Secrets {

    static final String SYNTHFLOW_API_KEY = "sfk_LEAKCANARY_q7Z2+xW9/kP4=synthflow";
    static final String AIRCALL_API_ID = "acid_LEAKCANARY_3fJ8";
    static final String AIRCALL_API_TOKEN = "actok_LEAKCANARY_v5N1+mR6/tY0=aircall";
    static final String AIRCALL_BEARER = "acbearer_LEAKCANARY_h2D4+oP8/sE7=oauth";
    static final String SIP_PASSWORD = "sippw_LEAKCANARY_b9C3+uL5/wQ1=trunk";
    /** The SIP trunk password after a rotation. */
    static final String ROTATED_SIP_PASSWORD = "sippw_LEAKCANARY_r4T8+zK2/nV6=rotated";
    /** Configured by the scenarios in which the vendor refuses the credentials. */
    static final String WRONG_SYNTHFLOW_API_KEY = "sfk_LEAKCANARY_wrong+K3y/expired=";
    static final String WRONG_AIRCALL_API_TOKEN = "actok_LEAKCANARY_wrong+T0k/revoked=";

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

    /**
     * Every form in which a secret could leak: plain, URL-encoded (form and path style), and Base64
     * (standard and URL-safe, with and without padding) — including Base64 of {@code api_id:api_token},
     * which is what an {@code Authorization: Basic} header carries.
     *
     * @return description → needle
     */
    static Map<String, String> needles() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("Synthflow API key", SYNTHFLOW_API_KEY);
        raw.put("Aircall api_token", AIRCALL_API_TOKEN);
        raw.put("Aircall api_id:api_token", basicCredentials());
        raw.put("Aircall bearer token", AIRCALL_BEARER);
        raw.put("SIP trunk password", SIP_PASSWORD);
        raw.put("refused Synthflow API key", WRONG_SYNTHFLOW_API_KEY);
        raw.put("refused Aircall api_token", WRONG_AIRCALL_API_TOKEN);
        raw.put("refused Aircall api_id:api_token", AIRCALL_API_ID + ":" + WRONG_AIRCALL_API_TOKEN);
        Map<String, String> needles = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            needles.put(name + " (plain)", value);
            needles.put(name + " (URL-encoded)", URLEncoder.encode(value, StandardCharsets.UTF_8));
            needles.put(name + " (URL-encoded, %20)", URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            needles.put(name + " (Base64)", Base64.getEncoder().encodeToString(bytes));
            needles.put(name + " (Base64, unpadded)", Base64.getEncoder().withoutPadding().encodeToString(bytes));
            needles.put(name + " (Base64 URL-safe)", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        });
        return needles;
    }
}
