/**
 * The Synthflow adapter and client.
 *
 * <p>Jackson binds the wire types by reflection, hence the {@code opens} to it alone.
 */
@SuppressWarnings({"module", "requires-automatic"})
module io.trunkline.synthflow {
    requires transitive io.trunkline.core;
    requires transitive io.trunkline.http;
    requires retrofit2;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.trunkline.synthflow;
    exports io.trunkline.synthflow.internal to io.trunkline.testkit;

    opens io.trunkline.synthflow.internal.wire to com.fasterxml.jackson.databind;
    opens io.trunkline.synthflow.internal to com.fasterxml.jackson.databind;
}
