package io.trunkline.synthflow;

/**
 * The hosts Synthflow serves its API from. A workspace lives in exactly one region ("hard
 * partition"): calling another region's host fails, typically with 401/403 or 404.
 */
public enum SynthflowRegion {
    /** {@code https://api.synthflow.ai/v2}, the default. */
    GLOBAL("https://api.synthflow.ai/v2"),
    /** {@code https://api.us.synthflow.ai/v2}. */
    US("https://api.us.synthflow.ai/v2"),
    /** {@code https://api.eu.synthflow.ai/v2}. */
    EU("https://api.eu.synthflow.ai/v2");

    private final String baseUrl;

    SynthflowRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the region's API base URL, without a trailing slash */
    public String baseUrl() {
        return baseUrl;
    }
}
