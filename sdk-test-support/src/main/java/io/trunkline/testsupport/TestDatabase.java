package io.trunkline.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty schema on the PostgreSQL server that {@code ./test.sh} starts (found through
 * {@code TRUNKLINE_TEST_PG_URL} and {@code TRUNKLINE_TEST_PG_USER}), dropped on {@link #close()}.
 * Without a server the test fails under {@code CI=true} and is skipped loudly elsewhere
 * ({@link RequiredTool#POSTGRESQL}).
 *
 * <p>Data sources point at the schema through {@code currentSchema}, so each test (and each replica
 * process it starts) sees only its own tables.
 *
 * <p>For a fresh schema in every test of a class, register it as an extension:
 * {@code @RegisterExtension final TestDatabase db = TestDatabase.perTest();}
 */
public final class TestDatabase implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    /** The environment variable holding the JDBC URL of the test server. */
    public static final String URL_VARIABLE = "TRUNKLINE_TEST_PG_URL";
    /** The environment variable holding the test server's superuser. */
    public static final String USER_VARIABLE = "TRUNKLINE_TEST_PG_USER";

    // set by open(): once by create(), or before each test when registered as an extension
    private String url;
    private String admin;
    private String schema;
    private final List<String> roles = new ArrayList<>();

    private TestDatabase() {
    }

    /**
     * @return a new empty schema on the test server
     * @throws org.opentest4j.TestAbortedException when there is no server (outside CI)
     */
    public static TestDatabase create() {
        TestDatabase database = new TestDatabase();
        database.open();
        return database;
    }

    /**
     * @return a database that opens a new empty schema before each test and drops it after; register
     *     it with {@code @RegisterExtension}
     */
    public static TestDatabase perTest() {
        return new TestDatabase();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void open() {
        Map<String, String> env = System.getenv();
        String serverUrl = env.get(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            RequiredTool.POSTGRESQL.unavailable("has no test server (" + URL_VARIABLE + " is not set)", env);
        }
        url = serverUrl;
        admin = env.getOrDefault(USER_VARIABLE, "postgres");
        String fresh = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = dataSource(admin, "public").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + fresh);
        } catch (SQLException e) {
            RequiredTool.POSTGRESQL.unavailable("does not answer at " + url + " (" + e.getMessage() + ")", env);
        }
        schema = fresh;
        roles.clear();
    }

    /** @return the schema's name */
    public String schema() {
        return schema;
    }

    /** @return the server's JDBC URL, without the schema */
    public String url() {
        return url;
    }

    /** @return the superuser's name */
    public String admin() {
        return admin;
    }

    /** @return a DataSource on the schema as the superuser */
    public PGSimpleDataSource dataSource() {
        return dataSource(admin, schema);
    }

    /**
     * @param role a role made by {@link #createRole}
     * @return a DataSource on the schema as {@code role}
     */
    public PGSimpleDataSource dataSourceAs(String role) {
        return dataSource(role, schema);
    }

    private PGSimpleDataSource dataSource(String user, String currentSchema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setCurrentSchema(currentSchema);
        dataSource.setApplicationName("trunkline-test");
        return dataSource;
    }

    /**
     * Creates a login role with no rights beyond PostgreSQL's defaults, dropped on close.
     *
     * @param prefix the start of its name
     * @return its name
     */
    public String createRole(String prefix) {
        String role = prefix + "_" + schema.substring(2, 10);
        execute("CREATE ROLE " + role + " LOGIN");
        roles.add(role);
        return role;
    }

    /**
     * Runs SQL as the superuser on the schema.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param sql a query returning one row and one column
     * @return the value, as text
     */
    public String queryOne(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Drops the schema and the roles made for it; nothing to do when no schema was opened. */
    @Override
    public void close() {
        if (schema == null) {
            return;
        }
        execute("DROP SCHEMA " + schema + " CASCADE");
        for (String role : roles) {
            execute("DROP OWNED BY " + role);
            execute("DROP ROLE " + role);
        }
        roles.clear();
        schema = null;
    }
}
