package io.trunkline.aircall;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stubs an Aircall company on WireMock with vendor-shaped JSON: the line the guide integrates
 * (1234, "+33 1 23 45 67 89"), the escalation line transfers dial (5678), team 678 with two users,
 * user 456. Every other id answers Aircall's 404 body.
 */
public final class AircallCompany {

    /** The integrated line as Aircall lists it. */
    public static final String LINE_1234 = """
            { "id": 1234, "direct_link": "https://api.aircall.io/v1/numbers/1234",
              "name": "Paris support", "digits": "+33 1 23 45 67 89",
              "created_at": "2024-01-15T10:00:00.000Z", "country": "FR", "time_zone": "Europe/Paris",
              "open": true, "availability_status": "custom", "is_ivr": false,
              "live_recording_activated": false, "priority": null, "flow_editor_enabled": true,
              "messages": { "welcome": "https://example.com/welcome.mp3" },
              "users": [ { "id": 456, "direct_link": "https://api.aircall.io/v1/users/456",
                           "name": "Jane Doe", "email": "jane@example.com" } ] }""";

    /** The line Synthflow dials to reach team 678. */
    public static final String LINE_5678 = """
            { "id": 5678, "direct_link": "https://api.aircall.io/v1/numbers/5678",
              "name": "Support escalation", "digits": "+33 1 98 76 54 32",
              "created_at": "2024-01-15T10:00:00.000Z", "country": "FR", "time_zone": "Europe/Paris",
              "open": true, "availability_status": "open", "is_ivr": false,
              "live_recording_activated": false, "priority": 1, "flow_editor_enabled": true,
              "messages": {}, "users": [] }""";

    /** Team 678 with two users. */
    public static final String TEAM_678 = """
            { "team": { "id": 678, "direct_link": "https://api.aircall.io/v1/teams/678", "name": "Support L1",
                        "created_at": "2024-01-15T10:00:00.000Z",
                        "users": [ { "id": 456, "name": "Jane Doe", "email": "jane@example.com" },
                                   { "id": 457, "name": "John Roe", "email": "john@example.com" } ] } }""";

    /** User 456 from the v2 Users API. */
    public static final String USER_456 = """
            { "user": { "id": 456, "direct_link": "https://api.aircall.io/v2/users/456", "name": "Jane Doe",
                        "email": "jane@example.com", "created_at": "2024-01-15T10:00:00.000Z", "available": true,
                        "availability_status": "available", "substatus": "always_open",
                        "time_zone": "Europe/Paris", "language": "fr-FR", "wrap_up_time": 30 } }""";

    private AircallCompany() {
    }

    /** @param wireMock the server to stub */
    public static void stub(WireMockExtension wireMock) {
        wireMock.stubFor(get(urlPathEqualTo("/v1/numbers")).atPriority(5).willReturn(okJson(
                "{ \"numbers\": [" + LINE_1234 + ", " + LINE_5678 + "], \"meta\": { \"count\": 2, \"total\": 2,"
                        + " \"current_page\": 1, \"per_page\": 50, \"next_page_link\": null,"
                        + " \"previous_page_link\": null } }")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/numbers/1234")).willReturn(okJson("{ \"number\": " + LINE_1234 + " }")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/numbers/5678")).willReturn(okJson("{ \"number\": " + LINE_5678 + " }")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/teams/678")).willReturn(okJson(TEAM_678)));
        wireMock.stubFor(get(urlPathEqualTo("/v2/users/456")).willReturn(okJson(USER_456)));
        wireMock.stubFor(get(urlPathEqualTo("/v1/numbers/9999")).willReturn(notFound()));
    }

    /** @return Aircall's 404 answer */
    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Not Found\"}");
    }
}
