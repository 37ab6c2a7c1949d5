package io.trunkline.synthflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.trunkline.synthflow.internal.wire.ImportedNumber;
import org.junit.jupiter.api.Test;

/** The payload is found in either shape Synthflow answers with, without a tree. */
class PayloadTest {

    private static final ObjectMapper JSON = SynthflowJson.newMapper();
    private static final ImportedNumber NUMBER = new ImportedNumber("k-1", "+33123456789");

    private static ImportedNumber read(String body) throws Exception {
        return JSON.readValue(body, new TypeReference<Payload<ImportedNumber>>() { }).value();
    }

    @Test
    void readsTheResponseMemberOfAnEnvelopeWhateverComesBeforeOrAfterIt() throws Exception {
        assertThat(read("""
                {"status":"ok","meta":{"nested":[1,{"response":"not this one"}]},
                 "response":{"key":"k-1","phone_number":"+33123456789"},
                 "details":{"phone":"+33123456789","voice":""}}""")).isEqualTo(NUMBER);
    }

    @Test
    void readsAFlatBodyAsThePayload() throws Exception {
        assertThat(read("{\"key\":\"k-1\",\"extra\":{\"a\":[1,2]},\"phone_number\":\"+33123456789\"}"))
                .isEqualTo(NUMBER);
    }

    @Test
    void aResponseMemberThatIsNotAnObjectLeavesTheBodyFlat() throws Exception {
        assertThat(read("{\"response\":\"ok\",\"key\":\"k-1\",\"phone_number\":\"+33123456789\"}"))
                .isEqualTo(NUMBER);
    }

    @Test
    void aBodyThatIsNotAnObjectIsAShapeError() {
        assertThatThrownBy(() -> read("[{\"key\":\"k-1\"}]")).isInstanceOf(MismatchedInputException.class);
    }
}
