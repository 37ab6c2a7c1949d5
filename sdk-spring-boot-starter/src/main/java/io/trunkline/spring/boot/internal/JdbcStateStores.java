package io.trunkline.spring.boot.internal;

import io.trunkline.core.lifecycle.StateStore;
import io.trunkline.state.jdbc.PostgresStateStore;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/**
 * The {@code trunkline.state.type=jdbc} store: {@code trunkline-state-jdbc}'s PostgreSQL store on the
 * application's {@code DataSource}. The module is an optional dependency of the starter, so its
 * classes are touched only once it is known to be present, and both missing pieces get a start-up
 * report naming what to add.
 */
public final class JdbcStateStores {

    private static final String PREFIX = "trunkline.state";
    private static final String STORE_CLASS = "io.trunkline.state.jdbc.PostgresStateStore";

    private JdbcStateStores() {
    }

    /**
     * @param dataSource the application's data source, or {@code null} when it has none
     * @return the PostgreSQL store, which creates or migrates its tables on first use
     * @throws InvalidTrunklinePropertiesException when the module or the data source is missing
     */
    public static StateStore create(DataSource dataSource) {
        if (!ClassUtils.isPresent(STORE_CLASS, JdbcStateStores.class.getClassLoader())) {
            throw new InvalidTrunklinePropertiesException(PREFIX, List.of("trunkline.state.type=jdbc needs "
                    + "io.trunkline:trunkline-state-jdbc on the classpath: add it (its version comes from trunkline-bom)"
                    + " next to the PostgreSQL JDBC driver, or set trunkline.state.type=file"));
        }
        if (dataSource == null) {
            throw new InvalidTrunklinePropertiesException(PREFIX, List.of("trunkline.state.type=jdbc keeps Trunkline's"
                    + " journal in the application's DataSource, and the application has none: set spring.datasource.url,"
                    + " spring.datasource.username and spring.datasource.password (PostgreSQL), or define a DataSource"
                    + " bean"));
        }
        return Postgres.store(dataSource);
    }

    /** Loaded only when trunkline-state-jdbc is present. */
    private static final class Postgres {
        static StateStore store(DataSource dataSource) {
            return PostgresStateStore.create(dataSource);
        }
    }
}
