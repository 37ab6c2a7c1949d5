package io.trunkline.aircall;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.spi.CallWindow;
import io.trunkline.core.spi.ContactCenter;
import io.trunkline.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FindTestCallTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private static final PhoneNumber DID = PhoneNumber.parse(TestPlans.DID);
    private static final Instant FROM = Instant.ofEpochSecond(1_732_622_800L);
    private static final Instant TO = FROM.plus(Duration.ofMinutes(10));

    private final AircallContactCenter center = AircallContactCenter.create(AircallWireMock.client(aircall, new ManualClock(AircallWireMock.START)));

    @BeforeEach
    void company() {
        AircallCompany.stub(aircall);
    }

    private static String call(long id, long lineId, String direction, Long answeredAt, String status, String reason,
                               String transferredTo) {
        return """
                { "id": %d, "sid": "CA%d", "direct_link": "https://api.aircall.io/v1/calls/%d",
                  "started_at": 1732622896, "answered_at": %s, "ended_at": 1732622950, "duration": 54,
                  "status": "%s", "direction": "%s", "raw_digits": "+1 800-123-4567", "missed_call_reason": %s,
                  "number": { "id": %d, "digits": "+33 1 23 45 67 89", "name": "Paris support" },
                  "user": %s, "teams": [], "transferred_by": null, "transferred_to": %s,
                  "contact": null, "comments": [], "tags": [], "archived": false }"""
                .formatted(id, id, id, answeredAt, status, direction, reason == null ? "null" : "\"" + reason + "\"",
                        lineId, answeredAt == null ? "null" : "{ \"id\": 456, \"name\": \"Jane Doe\" }",
                        transferredTo == null ? "null" : "{ \"id\": 457, \"name\": \"" + transferredTo + "\" }");
    }

    private void stubCalls(String... calls) {
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).willReturn(okJson("{ \"calls\": [" + String.join(",", calls)
                + "], \"meta\": { \"count\": " + calls.length + ", \"current_page\": 1, \"per_page\": 50,"
                + " \"next_page_link\": null, \"previous_page_link\": null } }")));
    }

    @Test
    void findsTheNewestInboundCallOnTheLineAndReportsWhyItWasMissed() {
        stubCalls(call(1, 5678, "inbound", null, "done", null, null),
                call(2, 1234, "outbound", 1732622900L, "done", null, null),
                call(3, 1234, "inbound", null, "done", "agents_did_not_answer", null),
                call(4, 1234, "inbound", 1732622900L, "done", null, null));

        Optional<AircallContactCenter.ObservedCall> call = center.findTestCall(DID, FROM, TO);

        assertThat(call).contains(new AircallContactCenter.ObservedCall(3, 1234, Instant.ofEpochSecond(1732622896L),
                AircallContactCenter.ObservedCall.Outcome.MISSED, "agents_did_not_answer", null));
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls"))
                .withQueryParam("from", equalTo("1732622800"))
                .withQueryParam("to", equalTo("1732623400"))
                .withQueryParam("order", equalTo("desc"))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("50"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void reportsAnAnsweredCallWithWhoAnswered() {
        stubCalls(call(4, 1234, "inbound", 1732622900L, "done", null, null));

        assertThat(center.findTestCall(DID, FROM, TO)).hasValueSatisfying(call -> {
            assertThat(call.outcome()).isEqualTo(AircallContactCenter.ObservedCall.Outcome.ANSWERED);
            assertThat(call.party()).isEqualTo("Jane Doe");
        });
    }

    @Test
    void reportsATransferredCallWithItsTarget() {
        stubCalls(call(5, 1234, "inbound", 1732622900L, "done", null, "John Roe"));

        assertThat(center.findTestCall(DID, FROM, TO)).hasValueSatisfying(call -> {
            assertThat(call.outcome()).isEqualTo(AircallContactCenter.ObservedCall.Outcome.TRANSFERRED);
            assertThat(call.party()).isEqualTo("John Roe");
        });
    }

    @Test
    void reportsACallThatHasNotEndedAsInProgress() {
        stubCalls(call(6, 1234, "inbound", null, "initial", null, null).replace("\"ended_at\": 1732622950", "\"ended_at\": null"));

        assertThat(center.findTestCall(DID, FROM, TO)).map(AircallContactCenter.ObservedCall::outcome).contains(AircallContactCenter.ObservedCall.Outcome.IN_PROGRESS);
    }

    @Test
    void isEmptyWhenTheLineHadNoCallInTheWindow() {
        stubCalls(call(1, 5678, "inbound", null, "done", null, null));

        assertThat(center.findTestCall(DID, FROM, TO)).isEmpty();
    }

    @Test
    void refusesADidThatIsNotAnAircallNumber() {
        assertThatThrownBy(() -> center.findTestCall(PhoneNumber.parse("+33999999999"), FROM, TO))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("+33999999999 is not a number of this Aircall company");
    }

    @Test
    void findInboundCallFollowsNextPageLinksAndMapsTheTransferForTheEngine() {
        String meta = "\"meta\": { \"count\": 1, \"current_page\": %d, \"per_page\": 50, \"next_page_link\": %s,"
                + " \"previous_page_link\": null }";
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("1")).willReturn(okJson(
                "{ \"calls\": [" + call(1, 5678, "inbound", null, "done", null, null) + "], " + meta.formatted(1,
                        "\"" + aircall.baseUrl() + "/v1/calls?from=1732622800&to=1732623400&order=desc&page=2&per_page=50\"")
                        + " }")));
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("2")).willReturn(okJson(
                "{ \"calls\": [" + call(7, 1234, "inbound", 1732622900L, "done", null, "John Roe") + "], "
                        + meta.formatted(2, "null") + " }")));

        Optional<ContactCenter.InboundCall> call = center.findInboundCall(CallWindow.of(DID, FROM, TO));

        assertThat(call).contains(new ContactCenter.InboundCall("7", Instant.ofEpochSecond(1732622896L),
                ContactCenter.InboundCall.Outcome.TRANSFERRED, null, "John Roe"));
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("2"))
                .withQueryParam("from", equalTo("1732622800")).withQueryParam("to", equalTo("1732623400"))
                .withQueryParam("order", equalTo("desc")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void findInboundCallReportsAMissedCallWithItsReasonAndNoTransfer() {
        stubCalls(call(3, 1234, "inbound", null, "done", "agents_did_not_answer", null));

        assertThat(center.findInboundCall(CallWindow.of(DID, FROM, TO))).contains(new ContactCenter.InboundCall("3",
                Instant.ofEpochSecond(1732622896L), ContactCenter.InboundCall.Outcome.MISSED, "agents_did_not_answer", null));
    }

    @Test
    void findInboundCallSkipsACallWithoutAStartTime() {
        stubCalls(call(8, 1234, "inbound", 1732622900L, "done", null, null).replace("\"started_at\": 1732622896", "\"started_at\": null"),
                call(4, 1234, "inbound", 1732622900L, "done", null, null));

        assertThat(center.findInboundCall(CallWindow.of(DID, FROM, TO))).map(ContactCenter.InboundCall::id).contains("4");
    }

    @Test
    void findInboundCallIsEmptyForADidThatIsNotAnAircallNumber() {
        assertThat(center.findInboundCall(CallWindow.of(PhoneNumber.parse("+33999999999"), FROM, TO))).isEmpty();
        aircall.verify(0, getRequestedFor(urlPathEqualTo("/v1/calls")));
    }
}
