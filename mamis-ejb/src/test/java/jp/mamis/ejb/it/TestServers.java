package jp.mamis.ejb.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Starts, once per test run, the servers the in-container tests need outside Payara Micro: a
 * real PostgreSQL (embedded binaries from Maven Central, fresh data folder under target/) and a
 * GreenMail SMTP + IMAP server. Ports come from the pom (reserved by build-helper) and reach
 * Payara Micro as the same MAMIS_* environment variables production uses. Does nothing outside
 * the failsafe run (no {@code it.db.port} property).
 */
public class TestServers implements LauncherSessionListener {

    private EmbeddedPostgres postgres;
    private GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dbPort = System.getProperty("it.db.port");
        if (dbPort == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.parseInt(dbPort))
                    .setDataDirectory(Path.of("target", "it-pgdata"))
                    .setCleanDataDirectory(true)
                    .start();
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
