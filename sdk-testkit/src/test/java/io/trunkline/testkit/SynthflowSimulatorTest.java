package io.trunkline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.model.PhoneNumber;
import io.trunkline.core.model.Secret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SynthflowSimulatorTest {

    private static final String DID = "+33123456789";
    private static final String SLUG = "33123456789";
    private static final String TERMINATION_URI = "sip:aircall.example.com";

    private static SimulatorClock clock;
    private static SynthflowSimulator synthflow;
    private Http http;
    private String ws;

    @BeforeAll
    static void start() {
        clock = SimulatorClock.create();
        // today's behaviour, kept as the ledger's profile; the documented-only differences are in VendorProfileTest
        synthflow = SynthflowSimulator.builder().clock(clock).apiKey(Secret.of("test-key"))
                .profile(VendorProfile.LEDGER_ASSUMPTIONS).build();
    }

    @AfterAll
    static void stop() {
        synthflow.close();
    }

    @BeforeEach
    void resetSimulator() {
        synthflow.reset();
        http = Http.bearer(synthflow.baseUrl(), "test-key");
        ws = synthflow.workspaceId();
    }

    private String importBody(String extraFields) {
        return "{\"workspace_id\":\"" + ws + "\",\"phone_number\":\"" + DID + "\"" + extraFields + "}";
    }

    private void importDid() {
        Http.Response r = http.post("/custom-numbers", importBody(
                ",\"provider_name\":\"custom\",\"termination_uri\":\"" + TERMINATION_URI + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String createInboundAssistant(String phone) {
        String phoneField = phone == null ? "" : ",\"phone_number\":\"" + phone + "\"";
        Http.Response r = http.post("/assistants", "{\"type\":\"inbound\",\"name\":\"Receptionist\","
                + "\"agent\":{\"prompt\":\"You are kind\",\"language\":\"fr-FR\",\"voice_id\":\"v1\"}" + phoneField + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().at("/response/model_id").asText();
    }

    @Nested
    class PhoneNumbers {

        @Test
        void importsACustomNumberAndAnswersWithItsKeyInTheEnvelope() {
            Http.Response r = http.post("/custom-numbers", importBody(",\"provider_name\":\"custom\","
                    + "\"termination_uri\":\"" + TERMINATION_URI + "\",\"friendly_name\":\"Aircall main line\","
                    + "\"trunk_username\":\"trunk\",\"trunk_pwd\":\"s3cret-pwd\""));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("status").asText()).isEqualTo("ok");
            assertThat(r.json().at("/response/phone_number").asText()).isEqualTo(DID);
            assertThat(r.json().at("/response/key").asText()).matches("[0-9a-f-]{36}");
            SynthflowNumber stored = synthflow.number(DID).orElseThrow();
            assertThat(stored.terminationUri()).contains(TERMINATION_URI);
            assertThat(stored.trunkPassword().map(Secret::reveal)).contains("s3cret-pwd");
            assertThat(stored.toString()).doesNotContain("s3cret-pwd");
        }

        @Test
        void servesOneNumberAsAFlatObjectWithoutEnvelopeAndNeverReturnsThePassword() {
            http.post("/custom-numbers", importBody(",\"termination_uri\":\"" + TERMINATION_URI + "\","
                    + "\"trunk_username\":\"trunk\",\"trunk_pwd\":\"s3cret-pwd\",\"uac_enabled\":true"));

            Http.Response r = http.get("/numbers/" + SLUG + "?workspace=" + ws);

            assertThat(r.status()).isEqualTo(200);
            JsonNode n = r.json();
            assertThat(n.has("status")).isFalse();
            assertThat(n.has("response")).isFalse();
            assertThat(n.get("slug").asText()).isEqualTo(SLUG);
            assertThat(n.get("phone_number").asText()).isEqualTo(DID);
            assertThat(n.get("sip_term_uri").asText()).isEqualTo(TERMINATION_URI);
            assertThat(n.get("provider_name").asText()).isEqualTo("custom");
            assertThat(n.get("uac_enabled").asBoolean()).isTrue();
            assertThat(n.get("uac_register_expires").asInt()).isEqualTo(300);
            assertThat(n.get("iso_country").asText()).isEqualTo("FR");
            assertThat(n.get("workspace_id").asText()).isEqualTo(ws);
            assertThat(n.get("is_available").asBoolean()).isTrue();
            assertThat(n.get("assistants")).isEmpty();
            assertThat(n.get("created_at").asText()).isEqualTo(clock.instant().toString());
            assertThat(r.body()).doesNotContain("s3cret-pwd").doesNotContain("trunk_pwd");
        }

        @Test
        void rejectsACustomImportWithoutTerminationUriWhetherProviderIsCustomOrOmitted() {
            Http.Response custom = http.post("/custom-numbers", importBody(",\"provider_name\":\"custom\""));
            Http.Response omitted = http.post("/custom-numbers", importBody(""));

            assertThat(custom.status()).isEqualTo(400);
            assertThat(custom.json().get("detail").asText()).contains("termination_uri");
            assertThat(omitted.status()).isEqualTo(400);
            assertThat(synthflow.numbers()).isEmpty();
        }

        @Test
        void refusesANumberThatIsNotE164WithAnExampleFromItsOwnCountry() {
            Http.Response r = http.post("/custom-numbers", "{\"workspace_id\":\"" + ws + "\",\"phone_number\":"
                    + "\"+44 20 7946 0958\",\"termination_uri\":\"" + TERMINATION_URI + "\"}");

            assertThat(r.status()).isEqualTo(400);
            String example = r.json().get("detail").asText().replaceFirst(".*e\\.g\\. ", "");
            assertThat(example).startsWith("+44");
            assertThat(PhoneNumber.problemWith(example)).isNull();
            assertThat(synthflow.numbers()).isEmpty();
        }

        @Test
        void fillsTheSipDomainItselfForAutoProviders() {
            Http.Response r = http.post("/custom-numbers", importBody(",\"provider_name\":\"ringcx\""));

            assertThat(r.status()).isEqualTo(200);
            assertThat(synthflow.number(DID).orElseThrow().terminationUri()).contains("sip.ringcentral.com");
        }

        @Test
        void rejectsUacWithoutTrunkCredentials() {
            Http.Response r = http.post("/custom-numbers", importBody(",\"termination_uri\":\"" + TERMINATION_URI
                    + "\",\"uac_enabled\":true,\"trunk_username\":\"trunk\""));

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).contains("trunk_pwd");
        }

        @Test
        void acceptsRegisterExpiryOnlyBetween60And3600Seconds() {
            String base = ",\"termination_uri\":\"" + TERMINATION_URI + "\",\"uac_register_expires\":";

            assertThat(http.post("/custom-numbers", importBody(base + "59")).status()).isEqualTo(400);
            assertThat(http.post("/custom-numbers", importBody(base + "3601")).status()).isEqualTo(400);
            assertThat(http.post("/custom-numbers", importBody(base + "60")).status()).isEqualTo(200);
        }

        @Test
        void refusesImportWith403WhenProviderImportIsNotEnabled() {
            synthflow.providerImportEnabled(false);

            Http.Response r = http.post("/custom-numbers", importBody(",\"termination_uri\":\"" + TERMINATION_URI + "\""));

            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("detail").asText()).isEqualTo("provider import is not enabled for this workspace");
        }

        @Test
        void rejectsAnImportOfANumberThatAlreadyExists() {
            importDid();

            Http.Response again = http.post("/custom-numbers", importBody(",\"termination_uri\":\"" + TERMINATION_URI + "\""));

            assertThat(again.status()).isEqualTo(400);
            assertThat(synthflow.numbers()).hasSize(1);
        }

        @Test
        void answers404WithDetailForAnUnknownSlug() {
            Http.Response r = http.get("/numbers/4915112345678?workspace=" + ws);

            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("detail").asText()).isEqualTo("Not Found");
        }

        @Test
        void requiresTheWorkspaceQueryParameterToListNumbers() {
            assertThat(http.get("/numbers").status()).isEqualTo(400);
        }

        @Test
        void pagesNumbersWithLimitAndOffset() {
            for (int i = 0; i < 5; i++) {
                synthflow.addNumber(SynthflowNumber.builder("+3312345670" + i).terminationUri(TERMINATION_URI).build());
            }

            Http.Response r = http.get("/numbers?workspace=" + ws + "&limit=2&offset=2");

            assertThat(r.json().get("status").asText()).isEqualTo("ok");
            assertThat(r.json().at("/response/pagination").toString())
                    .isEqualTo("{\"total_records\":5,\"limit\":2,\"offset\":2}");
            assertThat(r.json().at("/response/phone_numbers").findValuesAsText("number"))
                    .containsExactly("+33123456702", "+33123456703");
            assertThat(r.json().at("/response/phone_numbers/0/sid").isNull()).isTrue();
        }

        @Test
        void patchUpdatesTheTerminationUriThroughItsAliasAndAnswersBareOk() {
            importDid();

            Http.Response r = http.patch("/numbers/" + SLUG, "{\"termination_uri\":\"sip:other.example\"}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(synthflow.number(DID).orElseThrow().terminationUri()).contains("sip:other.example");
            assertThat(synthflow.number(DID).orElseThrow().updatedAt()).isPresent();
        }

        @Test
        void patchRefusesToEnableUacWithoutAPassword() {
            importDid();

            Http.Response r = http.patch("/numbers/" + SLUG, "{\"uac_enabled\":true,\"trunk_username\":\"u\"}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(synthflow.number(DID).orElseThrow().uacEnabled()).isFalse();
        }

        @Test
        void deletingANumberDetachesItFromItsAgent() {
            importDid();
            String modelId = createInboundAssistant(DID);

            Http.Response r = http.delete("/numbers/" + SLUG);

            assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(synthflow.numbers()).isEmpty();
            assertThat(synthflow.assistant(modelId).orElseThrow().phoneNumber()).isEmpty();
        }
    }

    @Nested
    class Authentication {

        @Test
        void answers401WithDetailWithoutABearerKey() {
            Http.Response r = Http.anonymous(synthflow.baseUrl()).get("/assistants/");

            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("detail").isTextual()).isTrue();
        }

        @Test
        void answers401ForAWrongKey() {
            assertThat(Http.bearer(synthflow.baseUrl(), "nope").get("/assistants/").status()).isEqualTo(401);
        }

        @Test
        void answers403ForAWorkspaceTheKeyIsNotScopedTo() {
            Http.Response r = http.get("/numbers?workspace=someone-else");

            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("detail").asText()).contains("not scoped");
        }

        @Test
        void answersTheGatewayShapeForAPathNoEndpointServes() {
            Http.Response r = http.get("/agents");

            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isEqualTo("not_found");
            assertThat(r.json().get("message").asText()).isEqualTo("No route matched");
        }
    }

    @Nested
    class Assistants {

        @Test
        void createsAnInboundAgentBoundToAnImportedNumber() {
            importDid();

            Http.Response r = http.post("/assistants", "{\"type\":\"inbound\",\"name\":\"Receptionist\","
                    + "\"phone_number\":\"" + DID + "\",\"agent\":{\"prompt\":\"p\",\"voice_id\":\"v1\"}}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("status").asText()).isEqualTo("ok");
            assertThat(r.json().at("/response/model_id").asText()).matches("\\d+x\\d+");
            assertThat(r.json().at("/details/phone").asText()).isEqualTo(DID);
            assertThat(r.json().at("/details/voice").asText()).isEqualTo("v1");
        }

        @Test
        void servesOneAgentInsideAnAssistantsArray() {
            importDid();
            String modelId = createInboundAssistant(DID);

            Http.Response r = http.get("/assistants/" + modelId);

            JsonNode response = r.json().get("response");
            assertThat(response.get("pagination").get("total_records").asInt()).isEqualTo(1);
            assertThat(response.get("assistants").isArray()).isTrue();
            JsonNode agent = response.get("assistants").get(0);
            assertThat(agent.get("model_id").asText()).isEqualTo(modelId);
            assertThat(agent.get("type").asText()).isEqualTo("inbound");
            assertThat(agent.get("phone_number").asText()).isEqualTo(DID);
            assertThat(agent.at("/agent/language").asText()).isEqualTo("fr-FR");
            assertThat(agent.at("/agent/timezone").asText()).isEqualTo("Europe/Berlin");
            assertThat(agent.get("actions")).isEmpty();
        }

        @Test
        void rejectsBindingANumberThatWasNotImported() {
            Http.Response r = http.post("/assistants", "{\"type\":\"inbound\",\"name\":\"R\","
                    + "\"phone_number\":\"" + DID + "\",\"agent\":{}}");

            assertThat(r.status()).isEqualTo(400);
            JsonNode detail = r.json().get("detail");
            assertThat(detail.get("status").asText()).isEqualTo("error");
            assertThat(detail.get("description").asText()).contains("import it first");
            assertThat(detail.has("request_id")).isTrue();
            assertThat(detail.has("category")).isTrue();
            assertThat(synthflow.assistants()).isEmpty();
        }

        @Test
        void letsOneNumberServeOnlyOneInboundAgentButAnyOutboundOne() {
            importDid();
            createInboundAssistant(DID);

            Http.Response secondInbound = http.post("/assistants", "{\"type\":\"inbound\",\"name\":\"Two\","
                    + "\"phone_number\":\"" + DID + "\",\"agent\":{}}");
            Http.Response outbound = http.post("/assistants", "{\"type\":\"outbound\",\"name\":\"Out\","
                    + "\"phone_number\":\"" + DID + "\",\"agent\":{}}");

            assertThat(secondInbound.status()).isEqualTo(400);
            assertThat(secondInbound.json().at("/detail/description").asText()).contains("one inbound agent");
            assertThat(outbound.status()).isEqualTo(200);
        }

        @Test
        void rejectsACreateWithoutTheRequiredFields() {
            Http.Response r = http.post("/assistants", "{\"name\":\"No type\",\"agent\":{}}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().at("/detail/description").asText()).contains("type");
        }

        @Test
        void updatesOnlyTheFieldsGivenAndBindsTheInboundNumber() {
            importDid();
            String modelId = createInboundAssistant(null);

            Http.Response r = http.put("/assistants/" + modelId,
                    "{\"phone_number\":\"" + DID + "\",\"agent\":{\"greeting_message\":\"Bonjour\"}}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/details/phone").asText()).isEqualTo(DID);
            SynthflowAssistant stored = synthflow.assistant(modelId).orElseThrow();
            assertThat(stored.name()).isEqualTo("Receptionist");
            assertThat(stored.phoneNumber()).contains(DID);
            assertThat(stored.agent()).containsEntry("prompt", "You are kind")
                    .containsEntry("greeting_message", "Bonjour");
        }

        @Test
        void listsAgentsAtTheTrailingSlashPathWithPagination() {
            createInboundAssistant(null);
            createInboundAssistant(null);

            Http.Response r = http.get("/assistants/?limit=1");

            assertThat(r.json().at("/response/pagination/total_records").asInt()).isEqualTo(2);
            assertThat(r.json().at("/response/assistants")).hasSize(1);
        }

        @Test
        void deletesAnAgentAndAnswers404WithTheStructuredDetailAfterwards() {
            String modelId = createInboundAssistant(null);

            Http.Response deleted = http.delete("/assistants/" + modelId);
            Http.Response again = http.get("/assistants/" + modelId);

            assertThat(deleted.json().at("/response/answer").isTextual()).isTrue();
            assertThat(again.status()).isEqualTo(404);
            assertThat(again.json().at("/detail/category").asText()).isEqualTo("not_found");
        }

        @Test
        void keepsVoiceEngineVersionAsSimulatorMetadataWithoutReturningIt() {
            synthflow.addAssistant(SynthflowAssistant.builder("Old", "inbound").modelId("m-1")
                    .voiceEngineVersion("1.0").build());
            Http.Response created = http.post("/assistants", "{\"type\":\"inbound\",\"name\":\"New\","
                    + "\"voice_engine_version\":\"2.0\",\"agent\":{}}");
            String modelId = created.json().at("/response/model_id").asText();

            assertThat(synthflow.assistant(modelId).orElseThrow().voiceEngineVersion()).contains("2.0");
            assertThat(synthflow.assistant("m-1").orElseThrow().voiceEngineVersion()).contains("1.0");
            assertThat(http.get("/assistants/" + modelId).body()).doesNotContain("voice_engine_version");
        }
    }

    @Nested
    class Registration {

        @Test
        void showsANewlyBoundNumberAsAvailableUntilTheRegistrationDelayHasPassed() {
            synthflow.registrationDelay(Duration.ofSeconds(90));
            importDid();
            String modelId = createInboundAssistant(DID);

            JsonNode before = http.get("/numbers/" + SLUG + "?workspace=" + ws).json();
            clock.advance(Duration.ofSeconds(89));
            JsonNode almost = http.get("/numbers/" + SLUG + "?workspace=" + ws).json();
            clock.advance(Duration.ofSeconds(1));
            JsonNode after = http.get("/numbers/" + SLUG + "?workspace=" + ws).json();

            assertThat(before.get("is_available").asBoolean()).isTrue();
            assertThat(before.get("assistants")).isEmpty();
            assertThat(almost.get("is_available").asBoolean()).isTrue();
            assertThat(after.get("is_available").asBoolean()).isFalse();
            assertThat(after.get("assistants").get(0).asText()).isEqualTo(modelId);
            assertThat(synthflow.isRegistered(DID)).isTrue();
        }

        @Test
        void filtersTheNumberListByAvailabilityConsistentlyWithRegistration() {
            synthflow.registrationDelay(Duration.ofMinutes(2));
            importDid();
            synthflow.addNumber(SynthflowNumber.builder("+33999999999").terminationUri(TERMINATION_URI).build());
            createInboundAssistant(DID);

            List<String> takenBefore = http.get("/numbers?workspace=" + ws + "&is_available=false")
                    .json().at("/response/phone_numbers").findValuesAsText("number");
            clock.advance(Duration.ofMinutes(2));
            List<String> takenAfter = http.get("/numbers?workspace=" + ws + "&is_available=false")
                    .json().at("/response/phone_numbers").findValuesAsText("number");

            assertThat(takenBefore).isEmpty();
            assertThat(takenAfter).containsExactly(DID);
        }

        @Test
        void registersAtOnceWithTheDefaultDelay() {
            importDid();
            createInboundAssistant(DID);

            assertThat(http.get("/numbers/" + SLUG + "?workspace=" + ws).json().get("is_available").asBoolean())
                    .isFalse();
        }
    }

    @Nested
    class Actions {

        private static final String TRANSFER = "{\"LIVE_TRANSFER\":{\"phone\":\"+33100000000\","
                + "\"transfer_mode\":\"warm_transfer\",\"instructions\":\"Caller asks for a human\","
                + "\"initiating_msg\":\"One moment\"}}";

        @Test
        void createsALiveTransferAndAnswersItsId() {
            Http.Response r = http.post("/actions", TRANSFER);

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/response/action_type").asText()).isEqualTo("LIVE_TRANSFER");
            assertThat(r.json().at("/response/prompt_variables").isArray()).isTrue();
            String id = r.json().at("/response/action_id").asText();
            assertThat(synthflow.action(id).orElseThrow().config()).containsEntry("transfer_mode", "warm_transfer");
        }

        @Test
        void rejectsALiveTransferMissingItsRequiredFields() {
            Http.Response r = http.post("/actions", "{\"LIVE_TRANSFER\":{\"phone\":\"+33100000000\"}}");

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asText())
                    .contains("transfer_mode").contains("instructions").contains("initiating_msg");
            assertThat(synthflow.actions()).isEmpty();
        }

        @Test
        void rejectsALiveTransferWithNeitherOrBothDestinations() {
            String neither = "{\"LIVE_TRANSFER\":{\"transfer_mode\":\"warm_transfer\",\"instructions\":\"i\","
                    + "\"initiating_msg\":\"m\"}}";
            String both = "{\"LIVE_TRANSFER\":{\"phone\":\"+331\",\"phone_book_id\":\"pb\","
                    + "\"transfer_mode\":\"warm_transfer\",\"instructions\":\"i\",\"initiating_msg\":\"m\"}}";

            assertThat(http.post("/actions", neither).json().get("detail").asText()).contains("phone_book_id");
            assertThat(http.post("/actions", both).status()).isEqualTo(400);
        }

        @Test
        void rejectsABodyThatIsNotKeyedByExactlyOneActionType() {
            assertThat(http.post("/actions", "{\"type\":\"LIVE_TRANSFER\"}").status()).isEqualTo(400);
        }

        @Test
        void attachesAndDetachesActionsToAnAgent() {
            String modelId = createInboundAssistant(null);
            String actionId = http.post("/actions", TRANSFER).json().at("/response/action_id").asText();

            Http.Response attached = http.post("/actions/attach",
                    "{\"model_id\":\"" + modelId + "\",\"actions\":[\"" + actionId + "\"]}");
            JsonNode agent = http.get("/assistants/" + modelId + "?include_actions=true").json()
                    .at("/response/assistants/0");
            JsonNode action = http.get("/actions/" + actionId + "?include_assistants=true").json()
                    .at("/response/actions/0");
            Http.Response detached = http.post("/actions/detach",
                    "{\"model_id\":\"" + modelId + "\",\"actions\":[\"" + actionId + "\"]}");

            assertThat(attached.body()).isEqualTo("{\"status\":\"ok\",\"response\":{}}");
            assertThat(agent.get("actions").get(0).asText()).isEqualTo(actionId);
            assertThat(action.get("assistants").get(0).asText()).isEqualTo(modelId);
            assertThat(action.at("/input_variables/assistants/0/attachment_type").asText()).isEqualTo("during");
            assertThat(detached.status()).isEqualTo(200);
            assertThat(synthflow.action(actionId).orElseThrow().assistantIds()).isEmpty();
        }

        @Test
        void answers404WhenAttachingToAnUnknownAgent() {
            String actionId = http.post("/actions", TRANSFER).json().at("/response/action_id").asText();

            Http.Response r = http.post("/actions/attach", "{\"model_id\":\"nope\",\"actions\":[\"" + actionId + "\"]}");

            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().at("/detail/description").asText()).contains("nope");
        }

        @Test
        void updatesAndDeletesAnAction() {
            String actionId = http.post("/actions", TRANSFER).json().at("/response/action_id").asText();

            Http.Response updated = http.put("/actions/" + actionId, TRANSFER.replace("warm_transfer", "warm_transfer_with_context"));
            Http.Response deleted = http.delete("/actions/" + actionId);

            assertThat(updated.json().at("/response/action_id").asText()).isEqualTo(actionId);
            assertThat(deleted.json().at("/response/answer").isTextual()).isTrue();
            assertThat(http.get("/actions/" + actionId).status()).isEqualTo(404);
        }

        @Test
        void listsActionsWithPagination() {
            http.post("/actions", TRANSFER);

            JsonNode response = http.get("/actions").json().get("response");

            assertThat(response.at("/pagination/total_records").asInt()).isEqualTo(1);
            assertThat(response.at("/actions/0/action_type").asText()).isEqualTo("LIVE_TRANSFER");
            assertThat(response.at("/actions/0/description").asText()).isEqualTo("Caller asks for a human");
        }
    }

    @Nested
    class Calls {

        @Test
        void requiresTheModelIdToListCalls() {
            assertThat(http.get("/calls").status()).isEqualTo(400);
        }

        @Test
        void filtersCallsByLeadNumberAndStartDateAndNamesTheStatusCallStatusInTheList() {
            synthflow.addCall(SynthflowCall.builder("m-1").phoneNumberFrom("+14155550100").phoneNumberTo(DID)
                    .startTime(clock.instant()).status("completed").build());
            synthflow.addCall(SynthflowCall.builder("m-1").phoneNumberFrom("+14155550199").phoneNumberTo(DID)
                    .startTime(clock.instant()).build());
            synthflow.addCall(SynthflowCall.builder("m-2").phoneNumberFrom("+14155550100").build());

            JsonNode response = http.get("/calls?model_id=m-1&lead_phone_number=%2B14155550100&from_date="
                    + clock.millis()).json().get("response");

            assertThat(response.at("/pagination/total_records").asInt()).isEqualTo(1);
            JsonNode call = response.at("/calls/0");
            assertThat(call.get("call_status").asText()).isEqualTo("completed");
            assertThat(call.has("status")).isFalse();
            assertThat(call.get("lead_phone_number").asText()).isEqualTo("+14155550100");
            assertThat(call.get("start_time").asText()).isEqualTo(String.valueOf(clock.millis()));
        }

        @Test
        void pagesCallsWithLimitAndOffsetWithinAnInclusiveDateWindow() {
            long t0 = clock.millis();
            for (int i = 0; i < 3; i++) {
                synthflow.addCall(SynthflowCall.builder("m-1").callId("c" + i)
                        .startTime(java.time.Instant.ofEpochMilli(t0 + 1000L * i)).build());
            }
            synthflow.addCall(SynthflowCall.builder("m-1").callId("late")
                    .startTime(java.time.Instant.ofEpochMilli(t0 + 5000)).build());
            String window = "/calls?model_id=m-1&from_date=" + t0 + "&to_date=" + (t0 + 2000);

            JsonNode first = http.get(window + "&limit=2&offset=0").json().get("response");
            JsonNode second = http.get(window + "&limit=2&offset=2").json().get("response");

            assertThat(first.at("/pagination/total_records").asInt()).isEqualTo(3);
            assertThat(first.get("calls").findValuesAsText("call_id")).containsExactly("c0", "c1");
            assertThat(second.get("calls").findValuesAsText("call_id")).containsExactly("c2");
            assertThat(second.at("/pagination/offset").asInt()).isEqualTo(2);
        }

        @Test
        void servesOneCallInsideACallsArrayWithItsTelephonyFields() {
            SynthflowCall stored = synthflow.addCall(SynthflowCall.builder("m-1").status("failed")
                    .telephonyDisconnectReason("forbidden").telephonyHangup("callee").errorMessage("Telephony - 403")
                    .executedActions(Map.of("LIVE_TRANSFER", "done")).build());

            JsonNode response = http.get("/calls/" + stored.callId().orElseThrow()).json().get("response");

            assertThat(response.at("/pagination/total_records").asInt()).isEqualTo(1);
            JsonNode call = response.at("/calls/0");
            assertThat(call.get("status").asText()).isEqualTo("failed");
            assertThat(call.get("telephony_disconnect_reason").asText()).isEqualTo("forbidden");
            assertThat(call.get("error_message").asText()).isEqualTo("Telephony - 403");
            assertThat(call.at("/executed_actions/LIVE_TRANSFER").asText()).isEqualTo("done");
            assertThat(call.get("recording_url").isNull()).isTrue();
        }

        @Test
        void answers404WithTheStructuredDetailForAnUnknownCall() {
            Http.Response r = http.get("/calls/unknown");

            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().at("/detail/status").asText()).isEqualTo("error");
        }
    }

    @Nested
    class Inspection {

        @Test
        void recordsEveryRequestWithMethodPathQueryHeadersAndBody() {
            importDid();
            http.get("/numbers/" + SLUG + "?workspace=" + ws);

            List<RecordedRequest> imports = synthflow.requests("POST", "/v2/custom-numbers");
            List<RecordedRequest> reads = synthflow.requests("GET", "/v2/numbers/{slug}");

            assertThat(imports).hasSize(1);
            assertThat(imports.get(0).header("authorization")).contains("Bearer test-key");
            assertThat(imports.get(0).body()).contains("\"termination_uri\":\"" + TERMINATION_URI + "\"");
            assertThat(reads.get(0).queryParameter("workspace")).contains(ws);
            assertThat(reads.get(0).toString()).doesNotContain("test-key");
            assertThat(synthflow.requests()).hasSize(2);
        }

        @Test
        void resetClearsStateJournalFaultsAndRuntimeSettings() {
            importDid();
            synthflow.providerImportEnabled(false);
            synthflow.faults().next("GET", "/v2/**", SimulatedFault.serverError(503));

            synthflow.reset();

            assertThat(synthflow.numbers()).isEmpty();
            assertThat(synthflow.requests()).isEmpty();
            assertThat(synthflow.faults().rules()).isEmpty();
            importDid();
        }

        @Test
        void snapshotsAreReadOnly() {
            importDid();
            List<SynthflowNumber> numbers = synthflow.numbers();

            assertThat(numbers).isUnmodifiable();
            assertThat(new ArrayList<>(synthflow.assistants())).isEmpty();
        }
    }
}
