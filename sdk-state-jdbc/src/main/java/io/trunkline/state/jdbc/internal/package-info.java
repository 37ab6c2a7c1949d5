/** Implementation of the JDBC state store: the schema and its migrations, connections and error translation. No API. */
package io.trunkline.state.jdbc.internal;
