package jp.mamis.nation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.mamis.launcher.MamisStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The database the nation generator fills: the one named by MAMIS_DB_URL /
 * MAMIS_DB_USER / MAMIS_DB_PASSWORD, else the run command's embedded PostgreSQL in
 * {@code .mamis/pgdata} — reached where it already runs (its {@code postmaster.pid} names the
 * port), started the way the run command starts it otherwise, and stopped again at {@link #close()}.
 */
public final class NationDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final EmbeddedPostgres started;

    private NationDatabase(String url, String user, String password, EmbeddedPostgres started) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.started = started;
    }

    public static NationDatabase open(Path dataDir) throws IOException {
        String url = System.getenv("MAMIS_DB_URL");
        if (url != null && !url.isBlank()) {
            return new NationDatabase(url, System.getenv("MAMIS_DB_USER"), System.getenv("MAMIS_DB_PASSWORD"), null);
        }
        Path pgData = dataDir.resolve("pgdata");
        Path pid = pgData.resolve("postmaster.pid");
        if (Files.isRegularFile(pid)) {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.US_ASCII);
            if (lines.size() > 3 && Files.exists(Path.of("/proc", lines.get(0).strip()))) {
                String port = lines.get(3).strip();
                return new NationDatabase("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres", null);
            }
        }
        EmbeddedPostgres pg = MamisStack.embeddedPostgres(pgData);
        return new NationDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", pg);
    }

    public String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
