package io.trunkline.aircall.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.aircall.AircallWireMock.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.trunkline.aircall.AircallWireMock;
import io.trunkline.aircall.internal.wire.Call;
import io.trunkline.aircall.internal.wire.CallQuery;
import io.trunkline.aircall.internal.wire.SortOrder;
import io.trunkline.aircall.internal.wire.Team;
import io.trunkline.aircall.internal.wire.UserSummary;
import io.trunkline.aircall.internal.wire.UserV2;
import io.trunkline.core.exception.InvalidConfigurationException;
import io.trunkline.testsupport.ManualClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamsUsersCallsTest {

    @RegisterExtension
    static WireMockExtension aircall = AircallWireMock.extension();

    private final ManualClock time = new ManualClock(AircallWireMock.START);
    private final AircallEndpoints client = AircallWireMock.endpoints(aircall, time);

    private static final String META_LAST = """
            "meta": { "count": 1, "total": 1, "current_page": 1, "per_page": 50,
                      "next_page_link": null, "previous_page_link": null }""";

    @Test
    void getsOneTeam() {
        aircall.stubFor(get("/v1/teams/678").willReturn(okJson("""
                { "team": { "id": 678, "direct_link": "https://api.aircall.io/v1/teams/678", "name": "Support L1",
                            "created_at": "2024-01-15T10:00:00.000Z",
                            "users": [ { "id": 456, "name": "Jane Doe", "email": "jane@example.com" } ] } }""")));

        Team team = client.team(678);

        assertThat(team.name()).isEqualTo("Support L1");
        assertThat(team.users()).extracting(UserSummary::id).containsExactly(456L);
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/teams/678")).withHeader("Authorization", equalTo(BASIC)));
    }

    private static final String JANE = """
            { "id": 456, "direct_link": "https://api.aircall.io/v2/users/456", "name": "Jane Doe",
              "email": "jane@example.com", "created_at": "2024-01-15T10:00:00.000Z", "available": true,
              "availability_status": "available", "substatus": "always_open",
              "time_zone": "Europe/Paris", "language": "fr-FR", "wrap_up_time": 30 }""";

    @Test
    void getsOneUserFromTheV2Api() {
        aircall.stubFor(get("/v2/users/456").willReturn(okJson("{ \"user\": " + JANE + " }")));

        UserV2 user = client.user(456);

        assertThat(user.wrapUpTime()).isEqualTo(30);
        assertThat(user.substatus()).isEqualTo("always_open");
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v2/users/456")).withHeader("Authorization", equalTo(BASIC)));
    }

    private static final String CALL = """
            { "id": 812345678, "sid": "CA0001", "direct_link": "https://api.aircall.io/v1/calls/812345678",
              "started_at": 1732622896, "answered_at": null, "ended_at": 1732622950, "duration": 54,
              "status": "done", "direction": "inbound", "raw_digits": "+1 800-123-4567",
              "missed_call_reason": "agents_did_not_answer",
              "number": { "id": 1234, "digits": "+33 1 23 45 67 89", "name": "Paris support" },
              "user": null, "teams": [], "transferred_by": null, "transferred_to": null,
              "contact": null, "comments": [], "tags": [], "archived": false }""";

    @Test
    void listsCallsWithFromToInUnixSecondsAndOrder() {
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).willReturn(okJson(
                "{ \"calls\": [" + CALL + "], " + META_LAST + " }")));

        List<Call> calls = client.calls(CallQuery.builder()
                .from(Instant.ofEpochSecond(1_732_600_000L, 999_000_000))
                .to(Instant.ofEpochSecond(1_732_700_000L))
                .order(SortOrder.DESC).build()).toList();

        assertThat(calls).extracting(Call::id).containsExactly(812345678L);
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls"))
                .withQueryParam("from", equalTo("1732600000"))
                .withQueryParam("to", equalTo("1732700000"))
                .withQueryParam("order", equalTo("desc"))
                .withQueryParam("page", equalTo("1"))
                .withQueryParam("per_page", equalTo("50"))
                .withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void omitsUnsetCallFilters() {
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).willReturn(okJson("{ \"calls\": [], " + META_LAST + " }")));

        assertThat(client.calls(CallQuery.all()).toList()).isEmpty();

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls"))
                .withQueryParam("from", absent()).withQueryParam("to", absent()).withQueryParam("order", absent()));
    }

    @Test
    void keepsCallFiltersOnFollowingPagesWhenTheLinkDropsThem() {
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("1")).willReturn(okJson("""
                { "calls": [%s], "meta": { "count": 1, "total": 2, "current_page": 1, "per_page": 50,
                  "next_page_link": "%s/v1/calls?page=2", "previous_page_link": null } }"""
                .formatted(CALL, aircall.baseUrl()))));
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{ \"calls\": [" + CALL.replace("812345678", "812345679") + "], " + META_LAST + " }")));

        assertThat(client.calls(CallQuery.builder().from(Instant.ofEpochSecond(1_732_600_000L)).build()).count())
                .isEqualTo(2);

        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls")).withQueryParam("page", equalTo("2"))
                .withQueryParam("from", equalTo("1732600000")).withQueryParam("per_page", equalTo("50")));
    }

    @Test
    void readsACallWithItsMissedCallReason() {
        aircall.stubFor(get(urlPathEqualTo("/v1/calls")).willReturn(okJson("{ \"calls\": [ " + CALL + " ], " + META_LAST
                + " }")));

        Call call = client.calls(CallQuery.all()).findFirst().orElseThrow();

        assertThat(call.missedCallReason()).isEqualTo("agents_did_not_answer");
        assertThat(call.answeredAt()).isNull();
        assertThat(call.answeredAtInstant()).isEmpty();
        assertThat(call.startedAtInstant()).contains(Instant.ofEpochSecond(1_732_622_896L));
        assertThat(call.duration()).isEqualTo(54);
        assertThat(call.number().id()).isEqualTo(1234L);
        assertThat(call.user()).isNull();
        assertThat(call.teams()).isEmpty();
        assertThat(call.archived()).isFalse();
        aircall.verify(1, getRequestedFor(urlPathEqualTo("/v1/calls")).withHeader("Authorization", equalTo(BASIC)));
    }

    @Test
    void rejectsACallQueryWhoseStartIsAfterItsEnd() {
        assertThatThrownBy(() -> CallQuery.builder().from(Instant.ofEpochSecond(20)).to(Instant.ofEpochSecond(10)).build())
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("callQuery.from");
    }
}
