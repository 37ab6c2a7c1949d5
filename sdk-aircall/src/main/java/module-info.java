/**
 * The Aircall adapter and client.
 *
 * <p>Jackson binds the wire types by reflection, hence the {@code opens} to it alone.
 */
@SuppressWarnings({"module", "requires-automatic"})
module io.trunkline.aircall {
    requires transitive io.trunkline.core;
    requires transitive io.trunkline.http;
    requires retrofit2;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports io.trunkline.aircall;

    opens io.trunkline.aircall.internal.wire to com.fasterxml.jackson.databind;
    opens io.trunkline.aircall.internal to com.fasterxml.jackson.databind;
}
