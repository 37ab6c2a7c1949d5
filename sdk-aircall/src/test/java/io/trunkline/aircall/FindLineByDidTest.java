package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.testsupport.ManualClock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FindLineByDidTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallContactCenter center = AircallContactCenter.create(AircallWireMock.client(aircall, time));

    private static String number(long id, String name, String digits, Boolean flowEditor) {
        return """
                { "id": %d, "direct_link": "https://api.aircall.io/v1/numbers/%d", "name": "%s", "digits": "%s",
                  "country": "FR", "time_zone": "Europe/Paris", "availability_status": "open"%s }"""
                .formatted(id, id, name, digits, flowEditor == null ? "" : ", \"flow_editor_enabled\": " + flowEditor);
    }

    private static String page(int current, String next, String... numbers) {
        return """
                { "numbers": [%s],
                  "meta": { "count": %d, "total": 5, "current_page": %d, "per_page": 50,
                            "next_page_link": %s, "previous_page_link": null } }"""
                .formatted(String.join(",", numbers), numbers.length, current, next == null ? "null" : "\"" + next + "\"");
    }

    /** Three pages linked by next_page_link, with Aircall's spaced and dashed display formats. */
    private void stubThreePages() {
        String base = aircall.baseUrl();
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(page(1, base + "/v1/numbers?page=2&per_page=50",
                        number(1, "Lyon", "+33 4 00 00 00 01", true), number(2, "Nice", "+33 4 00 00 00 02", true)))));
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson(page(2, base + "/v1/numbers?page=3&per_page=50",
                        number(1234, "Paris support", "+33 1 23 45 67 89", true),
                        number(3, "London", "+44 20 7946 0000", false)))));
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).withQueryParam("page", equalTo("3"))
                .willReturn(okJson(page(3, null, number(4, "San Francisco", "+1 415-555-0100", false)))));
    }

    @Test
    void findsALineOnTheLastPageByItsDashedDigits() {
        stubThreePages();

        Optional<ContactCenter.LineState> line = center.findLineByDid(PhoneNumber.parse("+14155550100"));

        assertThat(line).contains(new ContactCenter.LineState(4, "San Francisco", PhoneNumber.parse("+14155550100"), false,
                "Europe/Paris"));
        for (int page = 1; page <= 3; page++) {
            aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers"))
                    .withQueryParam("page", equalTo(String.valueOf(page)))
                    .withQueryParam("per_page", equalTo("50"))
                    .withHeader("Authorization", equalTo(BASIC)));
        }
    }

    @Test
    void findsALineWrittenWithSpacesAndCarriesItsSmartflowFlag() {
        stubThreePages();

        ContactCenter.LineState line = center.findLineByDid(PhoneNumber.parse("+33123456789")).orElseThrow();

        assertThat(line.id()).isEqualTo(1234);
        assertThat(line.name()).isEqualTo("Paris support");
        assertThat(line.number().e164()).isEqualTo("+33123456789");
        assertThat(line.smartflowManaged()).isTrue();
        assertThat(line.timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void aSecondLookupInOneSnapshotIsAnsweredFromItsListWithoutAnyRequest() {
        stubThreePages();
        AircallContactCenter snapshot = center.snapshot();
        snapshot.findLineByDid(PhoneNumber.parse("+33123456789"));
        int afterFirst = aircall.getAllServeEvents().size();

        Optional<ContactCenter.LineState> again = snapshot.findLineByDid(PhoneNumber.parse("+33123456789"));
        Optional<ContactCenter.LineState> other = snapshot.findLineByDid(PhoneNumber.parse("+442079460000"));
        Optional<ContactCenter.LineState> unknown = snapshot.findLineByDid(PhoneNumber.parse("+33999999999"));

        assertThat(afterFirst).isEqualTo(3);
        assertThat(aircall.getAllServeEvents()).hasSize(3);
        assertThat(again).map(ContactCenter.LineState::id).contains(1234L);
        assertThat(other).map(ContactCenter.LineState::smartflowManaged).contains(false);
        assertThat(unknown).isEmpty();
    }

    @Test
    void nothingIsKeptBeyondASnapshotSoTheNextOneListsTheNumbersAgain() {
        stubThreePages();
        center.snapshot().findLineByDid(PhoneNumber.parse("+33123456789"));
        center.snapshot().findLineByDid(PhoneNumber.parse("+33123456789"));
        assertThat(aircall.getAllServeEvents()).as("two snapshots").hasSize(6);

        center.findLineByDid(PhoneNumber.parse("+33123456789"));
        center.findLineByDid(PhoneNumber.parse("+33123456789"));
        assertThat(aircall.getAllServeEvents()).as("the adapter itself keeps nothing").hasSize(12);
    }

    @Test
    void concurrentFirstLookupsInOneSnapshotListTheNumbersOnce() throws Exception {
        stubThreePages();
        AircallContactCenter snapshot = center.snapshot();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<ContactCenter.LineState>> lookup = () -> snapshot.findLineByDid(PhoneNumber.parse("+14155550100"));
            List<Future<Optional<ContactCenter.LineState>>> results = pool.invokeAll(List.of(lookup, lookup, lookup, lookup));
            for (Future<Optional<ContactCenter.LineState>> result : results) {
                assertThat(result.get()).map(ContactCenter.LineState::id).contains(4L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(aircall.getAllServeEvents()).hasSize(3);
    }

    @Test
    void acceptsE164DigitsWhenPresentAndSkipsNationalFormats() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(page(1, null,
                "{ \"id\": 7, \"name\": \"Webhook-shaped\", \"e164_digits\": \"+33123456789\" }",
                number(8, "National", "01 98 76 54 32", true)))));

        AircallContactCenter snapshot = center.snapshot();
        assertThat(snapshot.findLineByDid(PhoneNumber.parse("+33123456789"))).map(ContactCenter.LineState::id).contains(7L);
        assertThat(snapshot.findLineByDid(PhoneNumber.parse("+33198765432"))).isEmpty();
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/numbers")).withQueryParam("order", absent()));
    }

    @Test
    void aLineWithoutFlowEditorEnabledIsNotSmartflowManagedUnlessConfigured() {
        aircall.stubFor(get(urlPathEqualTo("/v1/numbers")).willReturn(okJson(page(1, null,
                number(1234, "Paris support", "+33 1 23 45 67 89", null),
                number(3, "London", "+44 20 7946 0000", false)))));
        AircallContactCenter assuming = AircallContactCenter.builder().client(AircallWireMock.client(aircall, time))
                .smartflowsAssumedWhenUnreported(true).build();

        assertThat(center.findLineByDid(PhoneNumber.parse("+33123456789")))
                .map(ContactCenter.LineState::smartflowManaged).contains(false);
        assertThat(assuming.findLineByDid(PhoneNumber.parse("+33123456789")))
                .map(ContactCenter.LineState::smartflowManaged).contains(true);
        assertThat(assuming.findLineByDid(PhoneNumber.parse("+442079460000")))
                .as("an explicit false is never overridden").map(ContactCenter.LineState::smartflowManaged).contains(false);
    }
}
