package jp.mamis.it;

import jp.mamis.launcher.MamisStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts MAMIS once for all tests of this module exactly as the run command does (embedded
 * PostgreSQL on a fresh data directory, mail sink, Payara Server domain, EAR deployed, demo data
 * on) and stops it when the test run ends.
 */
public final class MamisServer implements BeforeAllCallback {

    private static MamisStack stack;
    private static long logOffset;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("mamis-stack", k -> (ExtensionContext.Store.CloseableResource) MamisServer::stop);
    }

    private static synchronized void start() throws IOException, InterruptedException {
        if (stack != null) {
            return;
        }
        Path data = Path.of(System.getProperty("mamis.data.dir"));
        deleteTree(data);
        MamisStack s = MamisStack.fromSystemProperties(true);
        Path log = s.serverLog();
        logOffset = Files.exists(log) ? Files.size(log) : 0;
        s.start();
        stack = s;
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    public static MamisStack stack() {
        return stack;
    }

    public static String url(String path) {
        return stack.baseUrl() + path;
    }

    /** What the server wrote to server.log since this test run started the domain. */
    public static String serverLogSinceStart() throws IOException {
        byte[] all = Files.readAllBytes(stack.serverLog());
        int from = (int) Math.min(logOffset, all.length);
        return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Connection db() throws SQLException {
        return DriverManager.getConnection(stack.dbUrl(), "postgres", "postgres");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
