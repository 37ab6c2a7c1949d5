package io.trunkline.spring.boot.internal;

import io.trunkline.aircall.AircallConfig;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.http.HttpOptions;
import io.trunkline.spring.boot.TrunklineProperties;
import io.trunkline.synthflow.SynthflowConfig;
import io.trunkline.synthflow.SynthflowRegion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds the SDK's vendor configurations from {@code trunkline.*} properties. Credentials are
 * checked here, by property name, before the SDK's builders see them, so a start-up failure says
 * which property to set rather than which builder method was not called; anything else the SDK's
 * builders refuse is reported under the vendor's property group.
 */
public final class VendorConfigs {

    static final String SYNTHFLOW = "trunkline.synthflow";
    static final String AIRCALL = "trunkline.aircall";

    private VendorConfigs() {
    }

    /**
     * @param p the Synthflow properties
     * @param instrumentation what measures the client (Micrometer), or {@code null}
     * @return the configuration
     * @throws InvalidTrunklinePropertiesException naming each missing or invalid property
     */
    public static SynthflowConfig synthflow(TrunklineProperties.Synthflow p, VendorInstrumentation instrumentation) {
        requireNone(SYNTHFLOW, synthflowCredentialProblems(p));
        SynthflowConfig.Builder b = SynthflowConfig.builder().apiKey(p.getApiKey()).workspaceId(p.getWorkspaceId());
        set(b::region, p.getRegion() == null ? null : SynthflowRegion.valueOf(p.getRegion().name()));
        set(b::baseUrl, p.getBaseUrl());
        b.http(http -> http(http, p, instrumentation, "synthflow"));
        return build(SYNTHFLOW, b::build);
    }

    /**
     * @param p the Aircall properties
     * @param instrumentation what measures the client (Micrometer), or {@code null}
     * @return the configuration
     * @throws InvalidTrunklinePropertiesException naming each missing or invalid property
     */
    public static AircallConfig aircall(TrunklineProperties.Aircall p, VendorInstrumentation instrumentation) {
        requireNone(AIRCALL, aircallCredentialProblems(p));
        AircallConfig.Builder b = AircallConfig.builder().apiId(p.getApiId()).apiToken(p.getApiToken())
                .accessToken(p.getAccessToken());
        set(b::baseUrl, p.getBaseUrl());
        b.http(http -> http(http, p, instrumentation, "aircall"));
        if (p.getRateLimitRequests() != null || p.getRateLimitWindow() != null) {
            b.rateLimit(p.getRateLimitRequests() != null ? p.getRateLimitRequests()
                            : AircallConfig.DEFAULT_RATE_LIMIT_REQUESTS,
                    p.getRateLimitWindow() != null ? p.getRateLimitWindow() : AircallConfig.DEFAULT_RATE_LIMIT_WINDOW);
        }
        return build(AIRCALL, b::build);
    }

    /** The HTTP settings both vendors share, from the same property names under each vendor's prefix. */
    private static void http(HttpOptions.Builder http, TrunklineProperties.Connection p,
                             VendorInstrumentation instrumentation, String vendor) {
        set(http::connectTimeout, p.getConnectTimeout());
        set(http::readTimeout, p.getReadTimeout());
        set(http::callTimeout, p.getCallTimeout());
        set(http::maxAttempts, p.getMaxAttempts());
        if (instrumentation != null) {
            http.okHttpClient(instrumentation.okHttpClient(vendor)).listener(instrumentation.listener(vendor));
        }
    }

    /**
     * Checks the credentials of every vendor whose client the starter builds, so that one start-up
     * failure names them all.
     *
     * @param p the properties
     * @param clients the vendors whose clients the starter builds from properties
     * @throws InvalidTrunklinePropertiesException naming each missing credential, under the vendor's
     *     prefix when only one vendor lacks some, else under {@code trunkline}
     */
    public static void requireCredentials(TrunklineProperties p, Collection<PropertiesClient> clients) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (clients.contains(PropertiesClient.SYNTHFLOW)) {
            problems.put(SYNTHFLOW, synthflowCredentialProblems(p.getSynthflow()));
        }
        if (clients.contains(PropertiesClient.AIRCALL)) {
            problems.put(AIRCALL, aircallCredentialProblems(p.getAircall()));
        }
        problems.values().removeIf(List::isEmpty);
        if (problems.size() == 1) {
            problems.forEach(VendorConfigs::requireNone);
        } else if (!problems.isEmpty()) {
            throw new InvalidTrunklinePropertiesException("trunkline",
                    problems.values().stream().flatMap(List::stream).toList());
        }
    }

    private static List<String> synthflowCredentialProblems(TrunklineProperties.Synthflow p) {
        List<String> problems = new ArrayList<>();
        if (p.getApiKey() == null) {
            problems.add(SYNTHFLOW + ".api-key is missing or blank: create an API key in the Synthflow dashboard "
                    + "(Workspace Settings → API Keys) and set it, e.g. trunkline.synthflow.api-key=${SYNTHFLOW_API_KEY}");
        }
        if (p.getWorkspaceId() == null || p.getWorkspaceId().isBlank()) {
            problems.add(SYNTHFLOW + ".workspace-id is missing or blank: copy the workspace id from the Synthflow "
                    + "dashboard and set it, e.g. trunkline.synthflow.workspace-id=${SYNTHFLOW_WORKSPACE_ID}");
        }
        return problems;
    }

    private static List<String> aircallCredentialProblems(TrunklineProperties.Aircall p) {
        boolean basic = p.getApiId() != null || p.getApiToken() != null;
        String where = " (Aircall Dashboard → Integrations → API keys)";
        if (basic && p.getAccessToken() != null) {
            return List.of(AIRCALL + ".access-token and " + AIRCALL + ".api-id/api-token are all set: keep either "
                    + "api-id + api-token (Basic auth, your own company) or access-token (OAuth, Technology Partners)");
        }
        if (!basic && p.getAccessToken() == null) {
            return List.of(AIRCALL + ".api-id and " + AIRCALL + ".api-token are missing or blank: create an API key"
                    + where + " and set both, e.g. trunkline.aircall.api-id=${AIRCALL_API_ID} and "
                    + "trunkline.aircall.api-token=${AIRCALL_API_TOKEN}; or set " + AIRCALL + ".access-token for OAuth");
        }
        if (!basic) {
            return List.of(); // OAuth
        }
        if (p.getApiId() == null) {
            return List.of(AIRCALL + ".api-id is missing or blank: Basic auth needs it with api-token; copy it from"
                    + " the same API key" + where);
        }
        if (p.getApiToken() == null) {
            return List.of(AIRCALL + ".api-token is missing or blank: Basic auth needs it with api-id; it is shown "
                    + "once when the API key is created" + where + ", so create a new key if it is lost");
        }
        return List.of();
    }

    private static void requireNone(String prefix, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidTrunklinePropertiesException(prefix, problems);
        }
    }

    /** Leaves the SDK's default in place for a property that is not set. */
    private static <T> void set(Consumer<T> setter, T value) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static <T> T build(String prefix, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidConfigurationException e) {
            throw new InvalidTrunklinePropertiesException(prefix, e.problems());
        }
    }
}
