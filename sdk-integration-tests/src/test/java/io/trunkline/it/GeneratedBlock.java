package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A block of a document that a test renders: the text between two markers must equal what the
 * test rendered, or the test fails with the command that rewrites it. With the update property
 * set, the block is rewritten instead.
 *
 * @param doc the document
 * @param begin the opening marker
 * @param end the closing marker
 * @param updateProperty the system property that, when {@code true}, rewrites the block
 */
record GeneratedBlock(Path doc, String begin, String end, String updateProperty) {

    /**
     * @param rendered the block's content, without the markers
     * @throws IOException when the document cannot be read or written
     */
    void check(String rendered) throws IOException {
        String expected = begin + "\n" + rendered + end;
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("%s has a generated block between %s and %s", doc, begin, end).isNotNegative();
        assertThat(to).isGreaterThan(from);
        String actual = text.substring(from, to + end.length());
        if (Boolean.getBoolean(updateProperty)) {
            Files.writeString(doc, text.replace(actual, expected), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("%s is out of date; run mvn -B -pl sdk-integration-tests -am verify -D%s=true, or paste:%n%s",
                doc, updateProperty, expected).isEqualTo(expected);
    }
}
