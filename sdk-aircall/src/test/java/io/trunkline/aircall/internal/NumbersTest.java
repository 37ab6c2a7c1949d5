package io.trunkline.aircall.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallConfig;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.aircall.internal.wire.AircallNumber;
import io.trunkline.aircall.internal.wire.UserSummary;
import io.trunkline.core.Trunkline;
import io.trunkline.core.exception.VendorConnectionException;
import io.trunkline.core.model.Secret;
import io.trunkline.testsupport.ManualClock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NumbersTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallEndpoints client = AircallWireMock.endpoints(aircall, time);

    static final String NUMBER_1234 = """
            { "id": 1234, "direct_link": "https://api.aircall.io/v1/numbers/1234",
              "name": "Paris support", "digits": "+33 1 23 45 67 89",
              "created_at": "2024-01-15T10:00:00.000Z", "country": "FR", "time_zone": "Europe/Paris",
              "open": true, "availability_status": "custom", "is_ivr": false,
              "live_recording_activated": false, "priority": null, "flow_editor_enabled": true,
              "messages": { "welcome": "https://example.com/welcome.mp3", "voicemail": "https://example.com/vm.mp3" },
              "users": [ { "id": 456, "direct_link": "https://api.aircall.io/v1/users/456",
                           "name": "Jane Doe", "email": "jane@example.com" } ] }""";

    private String page(int current, String next, String... numbers) {
        return """
                { "numbers": [%s],
                  "meta": { "count": %d, "total": 5, "current_page": %d, "per_page": 2,
                            "next_page_link": %s, "previous_page_link": null } }"""
                .formatted(String.join(",", numbers), numbers.length, current,
                        next == null ? "null" : "\"" + next + "\"");
    }

    private static String number(long id, String digits) {
        return "{ \"id\": %d, \"name\": \"Line %d\", \"digits\": \"%s\" }".formatted(id, id, digits);
    }

    private void stubThreePages() {
        String base = aircall.baseUrl();
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(1, base + "/v1/numbers?page=2&per_page=50",
                        number(1, "+33 1 00 00 00 01"), number(2, "+33 1 00 00 00 02")))));
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson(page(2, base + "/v1/numbers?page=3&per_page=50",
                        number(3, "+33 1 00 00 00 03"), number(4, "+33 1 00 00 00 04")))));
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("3"))
                .willReturn(okJson(page(3, null, number(5, "+44 20 7946 0000")))));
    }

    @Test
    void getsOneNumberWithEveryDocumentedField() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("{ \"number\": " + NUMBER_1234 + " }")));

        AircallNumber number = client.number(1234);

        assertThat(number.id()).isEqualTo(1234L);
        assertThat(number.directLink()).isEqualTo("https://api.aircall.io/v1/numbers/1234");
        assertThat(number.name()).isEqualTo("Paris support");
        assertThat(number.digits()).isEqualTo("+33 1 23 45 67 89");
        assertThat(number.e164Digits()).isNull();
        assertThat(number.createdAt()).isEqualTo("2024-01-15T10:00:00.000Z");
        assertThat(number.country()).isEqualTo("FR");
        assertThat(number.timeZone()).isEqualTo("Europe/Paris");
        assertThat(number.open()).isTrue();
        assertThat(number.availabilityStatus()).isEqualTo("custom");
        assertThat(number.isIvr()).isFalse();
        assertThat(number.liveRecordingActivated()).isFalse();
        assertThat(number.priority()).isNull();
        assertThat(number.flowEditorEnabled()).isTrue();
        assertThat(number.messages()).containsEntry("welcome", "https://example.com/welcome.mp3");
        assertThat(number.users()).containsExactly(new UserSummary(456, "https://api.aircall.io/v1/users/456",
                "Jane Doe", "jane@example.com", null, null));
    }

    @Test
    void sendsTheExactBasicAuthorizationHeaderAndUserAgent() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("{ \"number\": " + NUMBER_1234 + " }")));

        client.number(1234);

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers/1234"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("User-Agent", equalTo(Trunkline.USER_AGENT)));
    }

    @Test
    void sendsABearerTokenInOAuthMode() {
        aircall.stubFor(get("/v1/ping").willReturn(okJson("{\"ping\":\"pong\"}")));
        AircallEndpoints oauth = AircallEndpoints.create(AircallConfig.builder()
                .accessToken(Secret.of("oauth-access-777"))
                .baseUrl(aircall.baseUrl()).http(http -> http.clock(time).sleeper(time::sleep).userAgent("acme-sync/2.1")).build());

        oauth.ping();

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/ping"))
                .withHeader("Authorization", equalTo("Bearer oauth-access-777"))
                .withHeader("User-Agent", equalTo("acme-sync/2.1")));
    }

    @Test
    void readsEveryPageByFollowingNextPageLinkOncePerPage() {
        stubThreePages();

        List<AircallNumber> numbers = client.numbers().toList();

        assertThat(numbers).extracting(AircallNumber::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        for (String page : List.of("1", "2", "3")) {
            aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers"))
                    .withQueryParam("page", equalTo(page))
                    .withQueryParam("per_page", equalTo("50"))
                    .withHeader("Authorization", equalTo(BASIC)));
        }
        assertThat(aircall.getAllServeEvents()).hasSize(3);
    }

    @Test
    void fetchesOnlyTheFirstPageWhenOnlyTheFirstNumberIsConsumed() {
        stubThreePages();

        Stream<AircallNumber> stream = client.numbers();
        assertThat(aircall.getAllServeEvents()).as("nothing is sent before consumption").isEmpty();

        assertThat(stream.findFirst()).get().extracting(AircallNumber::id).isEqualTo(1L);
        assertThat(aircall.getAllServeEvents()).hasSize(1);
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("1")));
    }

    @Test
    void sendsTheConfiguredPageSize() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(page(1, null, number(1, "+1 800")))));
        AircallEndpoints small = AircallEndpoints.create(AircallWireMock.config(aircall, time).perPage(7).build());

        assertThat(small.numbers().count()).isEqualTo(1);

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers"))
                .withQueryParam("page", equalTo("1")).withQueryParam("per_page", equalTo("7")));
    }

    @Test
    void stopsWhenNextPageLinkIsNullEvenIfTotalIsLarger() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson("""
                { "numbers": [ { "id": 9 } ],
                  "meta": { "count": 1, "total": 12000, "current_page": 1, "per_page": 50,
                            "next_page_link": null, "previous_page_link": null } }""")));

        assertThat(client.numbers().toList()).hasSize(1);
        assertThat(aircall.getAllServeEvents()).hasSize(1);
    }

    @Test
    void refusesANextPageLinkToAnotherHost() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(
                page(1, "https://evil.example.com/v1/numbers?page=2", number(1, "+1 800")))));

        Stream<AircallNumber> numbers = client.numbers();

        assertThatThrownBy(numbers::toList)
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall list numbers failed")
                .hasMessageContaining("https://evil.example.com:443")
                .hasMessageContaining("refusing to send credentials");
        assertThat(aircall.getAllServeEvents()).hasSize(1);
    }

    @Test
    void refusesANextPageLinkOnTheSameHostButAnotherPort() {
        String otherPort = "http://localhost:" + (aircall.getPort() + 1) + "/v1/numbers?page=2";
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(page(1, otherPort, number(1, "+1")))));

        assertThatThrownBy(() -> client.numbers().toList()).isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("not the configured base URL");
    }

    @Test
    void keepsQueryParametersTheNextPageLinkLacks() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(1, aircall.baseUrl() + "/v1/numbers?page=2", number(1, "+1")))));
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson(page(2, null, number(2, "+2")))));

        assertThat(client.numbers().toList()).hasSize(2);

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers"))
                .withQueryParam("page", equalTo("2")).withQueryParam("per_page", equalTo("50")));
    }

    @Test
    void stopsWhenANextPageLinkRepeatsAPage() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(
                page(1, aircall.baseUrl() + "/v1/numbers?page=1&per_page=50", number(1, "+1")))));

        assertThatThrownBy(() -> client.numbers().toList()).isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("repeats a page");
    }

    @Test
    void ignoresUnknownFields() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("""
                { "number": { "id": 1234, "digits": "+33 1 23 45 67 89", "brand_new_field": {"x": [1, 2]},
                              "messages": { "welcome": "https://example.com/w.mp3", "new_kind": null } },
                  "something_else": true }""")));

        AircallNumber number = client.number(1234);

        assertThat(number.digits()).isEqualTo("+33 1 23 45 67 89");
        assertThat(number.messages()).isEqualTo(Map.of("welcome", "https://example.com/w.mp3"));
        assertThat(number.users()).isEmpty();
    }

    @Test
    void skipsMessageEntriesThatAreNotTextInsteadOfFailingTheNumber() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("""
                { "number": { "id": 1234, "digits": "+33 1 23 45 67 89",
                              "messages": { "welcome": "https://example.com/w.mp3", "greeting_v2": {"url": "x"},
                                            "hold": ["a", "b"], "count": 3 } } }""")));

        AircallNumber number = client.number(1234);

        assertThat(number.messages()).isEqualTo(Map.of("welcome", "https://example.com/w.mp3"));
    }

    @Test
    void namesAMissingRequiredIdInTheError() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson(
                "{ \"number\": { \"name\": \"Paris support\", \"digits\": \"+33 1 23 45 67 89\" } }")));

        assertThatThrownBy(() -> client.number(1234))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("Aircall get number 1234 failed")
                .hasMessageContaining("'number.id'");
    }

    @Test
    void namesAMissingIdInsideAListPage() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(
                page(1, null, number(1, "+1"), "{ \"name\": \"no id\" }"))));

        assertThatThrownBy(() -> client.numbers().toList())
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("'numbers[1].id'");
    }

    @Test
    void namesAMissingEnvelopeKey() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("{ \"id\": 1234 }")));

        assertThatThrownBy(() -> client.number(1234))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("lacks required field 'number'");
    }

    @Test
    void rejectsANullId() {
        aircall.stubFor(get("/v1/numbers/1234").willReturn(okJson("{ \"number\": { \"id\": null } }")));

        assertThatThrownBy(() -> client.number(1234))
                .isInstanceOf(VendorConnectionException.class)
                .hasMessageContaining("'number.id'");
    }
}
