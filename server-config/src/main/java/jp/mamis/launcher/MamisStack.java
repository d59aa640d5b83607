package jp.mamis.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts and stops what MAMIS needs on one machine, in order: database, mail sink, Payara Server
 * domain, EAR deployment; then waits until the login page answers. Paths come from system
 * properties set by the build ({@code mamis.payara.home}, {@code mamis.ear},
 * {@code mamis.greenmail.jar}, {@code mamis.data.dir}); the database and mail server from the
 * environment when given (MAMIS_DB_URL/USER/PASSWORD, MAMIS_SMTP_HOST/PORT).
 */
public final class MamisStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MamisStack.class.getName());

    public static final int HTTP_PORT = 8080;
    public static final int MAIL_SINK_SMTP_PORT = 3025;
    public static final int MAIL_SINK_API_PORT = 8025;
    private static final String DOMAIN = "domain1";
    private static final String APP = "mamis";

    private final Path payaraHome;
    private final Path ear;
    private final Path greenmailJar;
    private final Path dataDir;
    private final boolean demo;
    private final Map<String, String> env = new HashMap<>(System.getenv());

    private EmbeddedPostgres postgres;
    private Process mailSink;
    private boolean domainStarted;
    private String dbUrl;

    public MamisStack(Path payaraHome, Path ear, Path greenmailJar, Path dataDir, boolean demo) {
        this.payaraHome = payaraHome;
        this.ear = ear;
        this.greenmailJar = greenmailJar;
        this.dataDir = dataDir;
        this.demo = demo;
    }

    /** A stack configured from the {@code mamis.*} system properties. */
    public static MamisStack fromSystemProperties(boolean demo) {
        return new MamisStack(path("mamis.payara.home"), path("mamis.ear"), path("mamis.greenmail.jar"),
                path("mamis.data.dir"), demo);
    }

    private static Path path(String property) {
        String v = System.getProperty(property);
        if (v == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven)");
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    public MamisStack start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("EAR not found at " + ear + " — build first (./mvnw install -DskipTests)");
        }
        startDatabase();
        startMailSink();
        env.put("MAMIS_DEMO", String.valueOf(demo));
        env.putIfAbsent("MAMIS_MAIL_FROM", "noreply@mamis.localhost");
        env.putIfAbsent("MAMIS_BASE_URL", baseUrl());
        // attachments live beside the embedded database, outside the web root, kept between runs
        env.putIfAbsent("MAMIS_FILES_DIR", dataDir.resolve("files").toString());
        startDomain();
        deploy();
        waitForHttp(URI.create(baseUrl() + "/login.xhtml"), Duration.ofMinutes(4));
        return this;
    }

    public String baseUrl() {
        return "http://localhost:" + HTTP_PORT + "/" + APP;
    }

    /** The JDBC URL of the database MAMIS uses. */
    public String dbUrl() {
        return dbUrl;
    }

    public String dbUser() {
        return env.get("MAMIS_DB_USER");
    }

    public String dbPassword() {
        return env.get("MAMIS_DB_PASSWORD");
    }

    /** The mail sink's HTTP API, or null when a real SMTP server is used. */
    public String mailSinkApi() {
        return mailSink == null ? null : "http://localhost:" + MAIL_SINK_API_PORT + "/api";
    }

    public Path serverLog() {
        return payaraHome.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
    }

    private void startDatabase() throws IOException {
        String url = System.getenv("MAMIS_DB_URL");
        if (url != null && !url.isBlank()) {
            dbUrl = url;
            LOG.info(() -> "Using the PostgreSQL at " + url);
            return;
        }
        Path pgData = dataDir.resolve("pgdata");
        postgres = embeddedPostgres(pgData);
        dbUrl = postgres.getJdbcUrl("postgres", "postgres");
        env.put("MAMIS_DB_URL", dbUrl);
        env.put("MAMIS_DB_USER", "postgres");
        env.put("MAMIS_DB_PASSWORD", "postgres");
        LOG.info(() -> "Embedded PostgreSQL started, data in " + pgData);
    }

    /**
     * Starts the embedded PostgreSQL whose data is kept in {@code pgData} between runs (the run
     * command's database; the nation generator starts the same one).
     */
    public static EmbeddedPostgres embeddedPostgres(Path pgData) throws IOException {
        Files.createDirectories(pgData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
    }

    private void startMailSink() throws IOException, InterruptedException {
        String host = System.getenv("MAMIS_SMTP_HOST");
        if (host != null && !host.isBlank()) {
            env.putIfAbsent("MAMIS_SMTP_PORT", "25");
            return;
        }
        List<String> cmd = List.of(javaBin(), "-Dgreenmail.setup.test.smtp", "-Dgreenmail.hostname=127.0.0.1",
                "-Dgreenmail.auth.disabled", "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + MAIL_SINK_API_PORT, "-jar", greenmailJar.toString());
        Path log = dataDir.resolve("mail-sink.log");
        Files.createDirectories(dataDir);
        mailSink = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitForPort(MAIL_SINK_SMTP_PORT, Duration.ofSeconds(60));
        waitForPort(MAIL_SINK_API_PORT, Duration.ofSeconds(60));
        env.put("MAMIS_SMTP_HOST", "127.0.0.1");
        env.put("MAMIS_SMTP_PORT", String.valueOf(MAIL_SINK_SMTP_PORT));
        LOG.info("Mail sink (GreenMail) started: SMTP 3025, API " + mailSinkApi());
    }

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private void startDomain() throws IOException, InterruptedException {
        // a domain left running by a killed launcher would not see this run's environment
        asadmin(false, "stop-domain", DOMAIN);
        asadmin(true, "start-domain", DOMAIN);
        domainStarted = true;
    }

    private void deploy() throws IOException, InterruptedException {
        String apps = asadmin(true, "list-applications");
        if (apps.contains(APP)) {
            // the previous deployment loads at start; let it finish before replacing it
            waitForHttp(URI.create(baseUrl() + "/login.xhtml"), Duration.ofMinutes(2), true);
        }
        asadmin(true, "deploy", "--force=true", "--name", APP, ear.toString());
    }

    private String asadmin(boolean mustSucceed, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (args[0].equals("start-domain") && Files.isExecutable(SETSID)) {
            // The domain gets its own session, so a Ctrl-C in the terminal reaches only the
            // launcher, whose shutdown hook undeploys MAMIS and then stops the domain in order.
            cmd.add(SETSID.toString());
        }
        cmd.add(payaraHome.resolve("bin/asadmin").toString());
        cmd.add("--interactive=false");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("asadmin " + String.join(" ", args) + " did not finish");
        }
        if (mustSucceed && p.exitValue() != 0) {
            throw new IOException("asadmin " + String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }

    private static void waitForHttp(URI uri, Duration timeout) throws IOException, InterruptedException {
        waitForHttp(uri, timeout, false);
    }

    private static void waitForHttp(URI uri, Duration timeout, boolean anyAnswer) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try {
                HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(30000);
                int code = c.getResponseCode();
                c.disconnect();
                if (code == 200 || (anyAnswer && code < 500)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        if (!anyAnswer) {
            throw new IOException(uri + " did not answer 200 within " + timeout);
        }
    }

    private static void waitForPort(int port, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("nothing listens on port " + port + " after " + timeout);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops what this stack started, in reverse order. */
    @Override
    public void close() {
        if (domainStarted) {
            try {
                // undeploy first: Payara cannot reload an app with application-scoped resources at
                // the next domain start, so the next run starts clean and deploys afresh
                asadmin(false, "undeploy", APP);
                asadmin(false, "stop-domain", DOMAIN);
            } catch (IOException | InterruptedException e) {
                LOG.warning("Could not stop the Payara domain: " + e);
            }
            domainStarted = false;
        }
        if (mailSink != null) {
            mailSink.destroy();
            try {
                mailSink.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mailSink = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warning("Could not stop PostgreSQL: " + e);
            }
            postgres = null;
        }
    }
}
