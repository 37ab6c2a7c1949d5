package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordedRequestTest {

    private static RecordedRequest request(String method, String path) {
        return new RecordedRequest(method, path, Map.of("workspace", List.of("w1")),
                Map.of("Authorization", List.of("Bearer secret-key")), "");
    }

    @Test
    void matchesOneSegmentWildcardsAndNamedSegments() {
        RecordedRequest r = request("GET", "/v2/numbers/33123456789");

        assertThat(r.matches("GET", "/v2/numbers/*")).isTrue();
        assertThat(r.matches("get", "/v2/numbers/{slug}")).isTrue();
        assertThat(r.matches("*", "/v2/**")).isTrue();
        assertThat(r.matches("PATCH", "/v2/numbers/*")).isFalse();
        assertThat(r.matches("GET", "/v2/numbers")).isFalse();
    }

    @Test
    void tellsTheTrailingSlashApart() {
        assertThat(request("GET", "/v2/assistants/").matches("GET", "/v2/assistants")).isFalse();
        assertThat(request("GET", "/v2/assistants/").matches("GET", "/v2/assistants/")).isTrue();
    }

    @Test
    void looksUpHeadersCaseInsensitivelyAndKeepsThemOutOfToString() {
        RecordedRequest r = request("GET", "/v2/numbers");

        assertThat(r.header("authorization")).contains("Bearer secret-key");
        assertThat(r.header("AUTHORIZATION")).contains("Bearer secret-key");
        assertThat(r.queryParameter("workspace")).contains("w1");
        assertThat(r.toString()).doesNotContain("secret-key");
    }
}
