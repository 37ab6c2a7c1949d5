/** A state store on the caller's JDBC DataSource. */
module io.trunkline.state.jdbc {
    requires transitive io.trunkline.core;
    requires transitive java.sql;
    requires org.slf4j;

    exports io.trunkline.state.jdbc;
}
