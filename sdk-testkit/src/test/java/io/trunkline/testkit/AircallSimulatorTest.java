package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.model.Secret;
import io.trunkline.core.model.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AircallSimulatorTest {

    private static SimulatorClock clock;
    private static AircallSimulator aircall;
    private Http http;

    @BeforeAll
    static void start() {
        clock = SimulatorClock.create();
        // today's behaviour, kept as the ledger's profile; the documented-only differences are in VendorProfileTest
        aircall = AircallSimulator.builder().clock(clock).profile(VendorProfile.LEDGER_ASSUMPTIONS).apiId("my-id").apiToken(Secret.of("my-token"))
                .bearerToken(Secret.of("oauth-token")).build();
    }

    @AfterAll
    static void stop() {
        aircall.close();
    }

    @BeforeEach
    void resetSimulator() {
        aircall.reset();
        http = basic(aircall, "my-id", "my-token");
    }

    static Http basic(AircallSimulator simulator, String id, String token) {
        String encoded = Base64.getEncoder().encodeToString((id + ":" + token).getBytes(StandardCharsets.UTF_8));
        return new Http(simulator.baseUrl(), "Basic " + encoded);
    }

    @Nested
    class Authentication {

        @Test
        void answersPongToAPingWithBasicCredentials() {
            Http.Response r = http.get("/v1/ping");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"ping\":\"pong\"}");
        }

        @Test
        void acceptsTheConfiguredBearerToken() {
            assertThat(Http.bearer(aircall.baseUrl(), "oauth-token").get("/v1/ping").status()).isEqualTo(200);
        }

        @Test
        void answers401UnauthorizedWithoutAnAuthorizationHeader() {
            Http.Response r = Http.anonymous(aircall.baseUrl()).get("/v1/numbers");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void answers403ForbiddenForWrongOrMalformedCredentials() {
            Http.Response wrong = basic(aircall, "my-id", "bad").get("/v1/numbers");
            Http.Response malformed = new Http(aircall.baseUrl(), "Basic %%%").get("/v1/numbers");
            Http.Response wrongBearer = Http.bearer(aircall.baseUrl(), "nope").get("/v1/numbers");

            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.body()).isEqualTo("{\"message\":\"Forbidden\"}");
            assertThat(malformed.status()).isEqualTo(403);
            assertThat(wrongBearer.status()).isEqualTo(403);
        }

        @Test
        void answers404NotFoundForUnknownPathsAndIds() {
            Http.Response path = http.get("/v1/smartflows");
            Http.Response id = http.get("/v1/numbers/999");

            assertThat(path.status()).isEqualTo(404);
            assertThat(path.body()).isEqualTo("{\"message\":\"Not Found\"}");
            assertThat(id.status()).isEqualTo(404);
            assertThat(id.body()).isEqualTo("{\"message\":\"Not Found\"}");
        }
    }

    @Nested
    class Numbers {

        @Test
        void showsTheDidInInternationalDisplayFormatWithSpaces() {
            AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789").name("Paris support")
                    .flowEditorEnabled(true).timeZone("Europe/Paris").build());

            JsonNode number = http.get("/v1/numbers/" + line.id()).json().get("number");

            assertThat(number.get("id").asLong()).isEqualTo(line.id());
            assertThat(number.get("digits").asText()).isEqualTo("+33 1 23 45 67 89");
            assertThat(number.get("name").asText()).isEqualTo("Paris support");
            assertThat(number.get("flow_editor_enabled").asBoolean()).isTrue();
            assertThat(number.get("time_zone").asText()).isEqualTo("Europe/Paris");
            assertThat(number.get("country").asText()).isEqualTo("FR");
            assertThat(number.get("direct_link").asText()).isEqualTo(aircall.baseUrl() + "/v1/numbers/" + line.id());
            assertThat(number.get("created_at").asText()).isEqualTo("2025-01-15T10:00:00.000Z");
            assertThat(number.has("e164_digits")).isFalse();
        }

        @Test
        void refusesAPreloadedDidThatIsNotE164WithAnExampleFromItsOwnCountry() {
            assertThatThrownBy(() -> AircallNumber.builder("+44 20 7946 0958"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("expected an E.164 number such as +44")
                    .hasMessageEndingWith(", got +44 20 7946 0958");
        }

        @Test
        void formatsUsAndUkNumbersTheWayAircallDisplaysThem() {
            assertThat(aircall.addNumber(AircallNumber.builder("+14155550100").build()).digits())
                    .isEqualTo("+1 415-555-0100");
            assertThat(aircall.addNumber(AircallNumber.builder("+442079460958").build()).digits())
                    .isEqualTo("+44 20 7946 0958");
        }

        @Test
        void pagesThroughEveryNumberByFollowingNextPageLinks() {
            for (int i = 0; i < 7; i++) {
                aircall.addNumber(AircallNumber.builder("+3312345670" + i).name("Line " + i).build());
            }
            List<String> names = new ArrayList<>();
            List<JsonNode> metas = new ArrayList<>();

            String next = "/v1/numbers?per_page=3";
            while (next != null) {
                JsonNode page = http.get(next).json();
                page.get("numbers").forEach(n -> names.add(n.get("name").asText()));
                metas.add(page.get("meta"));
                next = page.at("/meta/next_page_link").isNull() ? null : page.at("/meta/next_page_link").asText();
            }

            assertThat(names).containsExactly("Line 0", "Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6");
            assertThat(metas).hasSize(3);
            assertThat(metas.get(0).get("count").asInt()).isEqualTo(3);
            assertThat(metas.get(0).get("total").asInt()).isEqualTo(7);
            assertThat(metas.get(0).get("per_page").asInt()).isEqualTo(3);
            assertThat(metas.get(0).get("previous_page_link").isNull()).isTrue();
            assertThat(metas.get(0).get("next_page_link").asText())
                    .isEqualTo(aircall.baseUrl() + "/v1/numbers?page=2&per_page=3");
            assertThat(metas.get(2).get("current_page").asInt()).isEqualTo(3);
            assertThat(metas.get(2).get("count").asInt()).isEqualTo(1);
            assertThat(metas.get(2).get("previous_page_link").asText()).endsWith("/v1/numbers?page=2&per_page=3");
        }

        @Test
        void defaultsTo20PerPageAndClampsPerPageAbove50To50() {
            for (int i = 0; i < 60; i++) {
                aircall.addNumber(AircallNumber.builder("+331234567" + String.format("%02d", i)).build());
            }

            JsonNode defaults = http.get("/v1/numbers").json();
            JsonNode clamped = http.get("/v1/numbers?per_page=100").json();

            assertThat(defaults.get("numbers")).hasSize(20);
            assertThat(defaults.at("/meta/per_page").asInt()).isEqualTo(20);
            assertThat(clamped.get("numbers")).hasSize(50);
            assertThat(clamped.at("/meta/per_page").asInt()).isEqualTo(50);
            assertThat(clamped.at("/meta/next_page_link").asText()).endsWith("page=2&per_page=50");
        }

        @Test
        void listsInReverseCreationOrderWithOrderDesc() {
            aircall.addNumber(AircallNumber.builder("+33123456701").name("first").build());
            aircall.addNumber(AircallNumber.builder("+33123456702").name("second").build());

            JsonNode page = http.get("/v1/numbers?order=desc").json();

            assertThat(page.get("numbers").findValuesAsText("name")).containsExactly("second", "first");
        }
    }

    @Nested
    class TeamsAndUsers {

        @Test
        void embedsRicherUserRowsInTheTeamListThanInOneTeam() {
            AircallUser jane = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com").defaultNumberId(1001).build());
            AircallTeam team = aircall.addTeam(AircallTeam.builder("Support L1").addUserId(jane.id()).build());

            JsonNode listed = http.get("/v1/teams").json().at("/teams/0/users/0");
            JsonNode single = http.get("/v1/teams/" + team.id()).json().at("/team/users/0");

            assertThat(listed.get("availability_status").asText()).isEqualTo("available");
            assertThat(listed.get("default_number_id").asLong()).isEqualTo(1001);
            assertThat(single.get("email").asText()).isEqualTo("jane@example.com");
            assertThat(single.has("availability_status")).isFalse();
        }

        @Test
        void findsAV2UserByIdOrEmailAndServesNoNumbersField() {
            AircallUser jane = aircall.addUser(AircallUser.builder("Jane Doe", "jane@example.com")
                    .timeZone("Europe/Paris").language("fr-FR").wrapUpTime(30).build());

            JsonNode byId = http.get("/v2/users/" + jane.id()).json().get("user");
            JsonNode byEmail = http.get("/v2/users/jane@example.com").json().get("user");

            assertThat(byId).isEqualTo(byEmail);
            assertThat(byId.get("direct_link").asText()).endsWith("/v2/users/" + jane.id());
            assertThat(byId.get("wrap_up_time").asInt()).isEqualTo(30);
            assertThat(byId.has("numbers")).isFalse();
            assertThat(http.get("/v2/users").json().at("/meta/total").asInt()).isEqualTo(1);
        }

        @Test
        void servesRealTimeAvailabilityOnTheV1Endpoint() {
            AircallUser busy = aircall.addUser(AircallUser.builder("Busy Bee", "b@example.com")
                    .availability("in_call").build());

            Http.Response r = http.get("/v1/users/" + busy.id() + "/availability");

            assertThat(r.body()).isEqualTo("{\"availability\":\"in_call\"}");
            assertThat(http.get("/v1/users/12345/availability").status()).isEqualTo(404);
        }
    }

    @Nested
    class Calls {

        @Test
        void filtersCallsByStartTimeInUnixSeconds() {
            Instant t0 = Instant.parse("2025-01-15T10:00:00Z");
            AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789").build());
            aircall.addCall(AircallCall.builder(t0).numberId(line.id()).build());
            AircallCall middle = aircall.addCall(AircallCall.builder(t0.plusSeconds(60)).numberId(line.id())
                    .endedAt(t0.plusSeconds(114)).rawDigits("+1 800-123-4567")
                    .missedCallReason("agents_did_not_answer").build());
            aircall.addCall(AircallCall.builder(t0.plusSeconds(120)).build());

            JsonNode page = http.get("/v1/calls?from=" + (t0.getEpochSecond() + 1) + "&to="
                    + (t0.getEpochSecond() + 119)).json();

            assertThat(page.at("/meta/total").asInt()).isEqualTo(1);
            JsonNode call = page.at("/calls/0");
            assertThat(call.get("id").asLong()).isEqualTo(middle.id());
            assertThat(call.get("started_at").asLong()).isEqualTo(t0.getEpochSecond() + 60);
            assertThat(call.get("duration").asLong()).isEqualTo(54);
            assertThat(call.get("answered_at").isNull()).isTrue();
            assertThat(call.at("/number/digits").asText()).isEqualTo("+33 1 23 45 67 89");
            assertThat(call.get("missed_call_reason").asText()).isEqualTo("agents_did_not_answer");
            assertThat(http.get("/v1/calls/" + middle.id()).json().at("/call/raw_digits").asText())
                    .isEqualTo("+1 800-123-4567");
        }

        @Test
        void pagesCallsNewestFirstAndKeepsTheWindowInTheNextPageLink() {
            Instant t0 = Instant.parse("2025-01-15T10:00:00Z");
            AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789").build());
            for (int i = 0; i < 3; i++) {
                aircall.addCall(AircallCall.builder(t0.plusSeconds(60L * i)).numberId(line.id()).build());
            }
            aircall.addCall(AircallCall.builder(t0.plusSeconds(600)).numberId(line.id()).build());
            String window = "from=" + t0.getEpochSecond() + "&to=" + (t0.getEpochSecond() + 120);

            JsonNode first = http.get("/v1/calls?" + window + "&order=desc&per_page=2").json();
            String next = first.at("/meta/next_page_link").asText();
            JsonNode second = http.get(next.substring(aircall.baseUrl().length())).json();

            assertThat(first.get("calls").findValuesAsText("started_at")).containsExactly(
                    String.valueOf(t0.getEpochSecond() + 120), String.valueOf(t0.getEpochSecond() + 60));
            assertThat(next).contains("from=" + t0.getEpochSecond()).contains("order=desc").endsWith("page=2&per_page=2");
            assertThat(second.get("calls").findValuesAsText("started_at")).containsExactly(
                    String.valueOf(t0.getEpochSecond()));
            assertThat(second.at("/meta/next_page_link").isNull()).isTrue();
        }

        @Test
        void servesTheUserACallWasTransferredTo() {
            AircallUser camille = aircall.addUser(AircallUser.builder("Camille Martin", "camille@example.com").build());
            AircallCall transferred = aircall.addCall(AircallCall.builder(Instant.parse("2025-01-15T10:00:00Z"))
                    .answeredAt(Instant.parse("2025-01-15T10:00:05Z")).transferredTo(camille.id()).build());
            AircallCall plain = aircall.addCall(AircallCall.builder(Instant.parse("2025-01-15T10:01:00Z")).build());

            assertThat(http.get("/v1/calls/" + transferred.id()).json().at("/call/transferred_to/name").asText())
                    .isEqualTo("Camille Martin");
            assertThat(http.get("/v1/calls/" + plain.id()).json().at("/call/transferred_to").isNull()).isTrue();
        }
    }

    @Nested
    class Webhooks {

        @Test
        void subscribesToAllEventsWhenCreatedWithoutEvents() {
            Http.Response r = http.post("/v1/webhooks", "{\"url\":\"https://example.com/aircall\"}");

            assertThat(r.status()).isEqualTo(201);
            JsonNode webhook = r.json().get("webhook");
            assertThat(webhook.get("custom_name").asText()).isEqualTo("Webhook");
            assertThat(webhook.get("active").asBoolean()).isTrue();
            assertThat(webhook.get("token").asText()).hasSize(20);
            assertThat(webhook.get("events")).hasSize(AircallSimulator.Webhook.DOCUMENTED_EVENTS.size());
            assertThat(aircall.webhooks().get(0).token().reveal()).isEqualTo(webhook.get("token").asText());
        }

        @Test
        void resubscribesToAllEventsWhenUpdatedWithoutEvents() {
            String id = http.post("/v1/webhooks", "{\"url\":\"https://example.com/a\",\"custom_name\":\"Trunkline\","
                    + "\"events\":[\"call.created\",\"call.ended\"]}").json().at("/webhook/webhook_id").asText();

            Http.Response r = http.put("/v1/webhooks/" + id, "{\"active\":false}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/webhook/active").asBoolean()).isFalse();
            assertThat(r.json().at("/webhook/custom_name").asText()).isEqualTo("Trunkline");
            assertThat(r.json().at("/webhook/events")).hasSize(AircallSimulator.Webhook.DOCUMENTED_EVENTS.size());
        }

        @Test
        void keepsTheExplicitEventsAndServesThemBackById() {
            String id = http.post("/v1/webhooks", "{\"url\":\"https://example.com/a\",\"events\":[\"call.created\"]}")
                    .json().at("/webhook/webhook_id").asText();

            JsonNode webhook = http.get("/v1/webhooks/" + id).json().get("webhook");

            assertThat(webhook.get("events").get(0).asText()).isEqualTo("call.created");
            assertThat(webhook.get("events")).hasSize(1);
            assertThat(http.get("/v1/webhooks").json().at("/meta/total").asInt()).isEqualTo(1);
        }

        @Test
        void deletesWith204AndAnswers404Afterwards() {
            String id = http.post("/v1/webhooks", "{\"url\":\"https://example.com/a\"}").json()
                    .at("/webhook/webhook_id").asText();

            Http.Response deleted = http.delete("/v1/webhooks/" + id);

            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.body()).isEmpty();
            assertThat(http.get("/v1/webhooks/" + id).status()).isEqualTo(404);
        }

        @Test
        void rejectsAPlainHttpUrl() {
            Http.Response r = http.post("/v1/webhooks", "{\"url\":\"http://example.com/a\"}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("troubleshoot").asText()).contains("https");
            assertThat(aircall.webhooks()).isEmpty();
        }
    }

    @Nested
    class Dashboard {

        @Test
        void keepsSipDestinationsAsDashboardStateNeverServedOverHttp() {
            aircall.dashboard().sipDestination(AircallDashboard.SipDestination.builder("Synthflow AI")
                    .transport(Transport.TLS).credentials("trunk", Secret.of("sip-pass")).build());

            AircallDashboard.SipDestination stored = aircall.dashboard().sipDestination("Synthflow AI").orElseThrow();

            assertThat(stored.host()).isEqualTo("sip.synthflow.ai");
            assertThat(stored.port()).isEqualTo(32682);
            assertThat(stored.toString()).doesNotContain("sip-pass");
            assertThat(http.get("/v1/sip_destinations").status()).isEqualTo(404);
            assertThat(http.get("/v1/integrations/sip").status()).isEqualTo(404);
        }

        @Test
        void marksTheLineAsManagedBySmartflowsWhenAForwardStepIsSet() {
            AircallTeam fallback = aircall.addTeam(AircallTeam.builder("Support").build());
            AircallNumber line = aircall.addNumber(AircallNumber.builder("+33123456789").build());

            aircall.dashboard().smartflowForward(AircallDashboard.SmartflowForward.builder(line.id(), "Synthflow AI")
                    .fallbackTeamId(fallback.id()).build());

            assertThat(aircall.dashboard().smartflowForward(line.id()).orElseThrow().timeout())
                    .isEqualTo(Duration.ofSeconds(30));
            assertThat(http.get("/v1/numbers/" + line.id()).json().at("/number/flow_editor_enabled").asBoolean())
                    .isTrue();
        }

        @Test
        void resetClearsTheDashboard() {
            aircall.dashboard().sipDestination(AircallDashboard.SipDestination.builder("Synthflow AI").build());

            aircall.reset();

            assertThat(aircall.dashboard().sipDestinations()).isEmpty();
        }
    }

    @Nested
    class RateLimit {

        @Test
        void countsDownTheBudgetAndAnswers429WhenItIsSpentUntilTheWindowResets() {
            SimulatorClock fast = SimulatorClock.create();
            try (AircallSimulator limited = AircallSimulator.builder().clock(fast).profile(VendorProfile.LEDGER_ASSUMPTIONS).apiId("a")
                    .apiToken(Secret.of("t")).rateLimit(3, Duration.ofSeconds(1)).build()) {
                Http client = basic(limited, "a", "t");

                List<Http.Response> responses = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    responses.add(client.get("/v1/ping"));
                }
                fast.advance(Duration.ofSeconds(1));
                Http.Response afterReset = client.get("/v1/ping");

                assertThat(responses).extracting(Http.Response::status).containsExactly(200, 200, 200, 429);
                assertThat(responses).extracting(r -> r.header("X-AircallApi-Remaining"))
                        .containsExactly("2", "1", "0", "0");
                Http.Response limitedResponse = responses.get(3);
                assertThat(limitedResponse.header("X-AircallApi-Limit")).isEqualTo("3");
                assertThat(limitedResponse.header("X-AircallApi-Reset"))
                        .isEqualTo(String.valueOf(SimulatorClock.DEFAULT_START.getEpochSecond() + 1));
                assertThat(limitedResponse.header("Retry-After")).isNull();
                assertThat(limitedResponse.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
                assertThat(afterReset.status()).isEqualTo(200);
                assertThat(afterReset.header("X-AircallApi-Remaining")).isEqualTo("2");
                assertThat(limited.requestCount()).isEqualTo(5);
                assertThat(limited.rateLimitedCount()).isEqualTo(1);
            }
        }

        @Test
        void sendsTheHeadersOnlyOn429WhenConfiguredAndTheResetInMilliseconds() {
            SimulatorClock fast = SimulatorClock.create();
            try (AircallSimulator limited = AircallSimulator.builder().clock(fast).profile(VendorProfile.LEDGER_ASSUMPTIONS).apiId("a")
                    .apiToken(Secret.of("t")).rateLimit(1, Duration.ofMillis(500))
                    .rateLimitHeaders(AircallSimulator.RateLimitHeaders.ONLY_WHEN_LIMITED)
                    .rateLimitResetUnit(ChronoUnit.MILLIS).build()) {
                Http client = basic(limited, "a", "t");

                Http.Response ok = client.get("/v1/ping");
                Http.Response refused = client.get("/v1/ping");

                assertThat(ok.header("X-AircallApi-Limit")).isNull();
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.header("X-AircallApi-Reset"))
                        .isEqualTo(String.valueOf(SimulatorClock.DEFAULT_START.toEpochMilli() + 500));
            }
        }

        @Test
        void doesNotSpendBudgetOnUnauthenticatedRequests() {
            SimulatorClock fast = SimulatorClock.create();
            try (AircallSimulator limited = AircallSimulator.builder().clock(fast).profile(VendorProfile.LEDGER_ASSUMPTIONS).apiId("a")
                    .apiToken(Secret.of("t")).rateLimit(1, Duration.ofSeconds(1)).build()) {
                Http.anonymous(limited.baseUrl()).get("/v1/ping");

                assertThat(basic(limited, "a", "t").get("/v1/ping").status()).isEqualTo(200);
            }
        }
    }
}
