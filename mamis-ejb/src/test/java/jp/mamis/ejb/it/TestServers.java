package jp.mamis.ejb.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts, once per test run, the servers the in-container tests need outside Payara Micro: a
 * real PostgreSQL (embedded binaries from Maven Central, fresh data folder under target/) and a
 * GreenMail SMTP + IMAP server. Ports come from the pom (reserved by build-helper) and reach
 * Payara Micro as the same MAMIS_* environment variables production uses. Does nothing outside
 * the failsafe run (no {@code it.db.port} property).
 * <p>
 * For the service benchmark (Maven profile {@code benchmark}) the database is not a fresh one:
 * either the run command's embedded PostgreSQL with its generated nation ({@code it.db.pgdata},
 * started here on the reserved port and kept), or a database of the environment
 * ({@code it.db.external}, started by no one here).
 */
public class TestServers implements LauncherSessionListener {

    private EmbeddedPostgres postgres;
    private GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("it.db.port");
        if (dbPort == null || postgres != null || mail != null) {
            return;
        }
        String kept = System.getProperty("it.db.pgdata", "");
        try {
            if (Boolean.getBoolean("it.db.external")) {
                postgres = null;
            } else if (!kept.isBlank()) {
                Path pgData = Path.of(kept);
                Path pid = pgData.resolve("postmaster.pid");
                if (Files.exists(pid) && Files.exists(Path.of("/proc", Files.readAllLines(pid).get(0).strip()))) {
                    throw new IllegalStateException(pgData + " is in use (postmaster.pid): stop the run command first");
                }
                if (!Files.exists(pgData.resolve("PG_VERSION"))) {
                    throw new IllegalStateException("No database in " + pgData + ": run ./scripts/generate-nation.sh first");
                }
                postgres = EmbeddedPostgres.builder()
                        .setPort(Integer.parseInt(dbPort))
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .start();
            } else {
                postgres = EmbeddedPostgres.builder()
                        .setPort(Integer.parseInt(dbPort))
                        .setDataDirectory(Path.of("target", "it-pgdata"))
                        .setCleanDataDirectory(true)
                        .start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(System.getProperty("it.imap.port")), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
