package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built EAR deploys on Payara Server 6 and starts clean. */
@ExtendWith(MamisServer.class)
class EarStartIT {

    @Test
    void deploysWithoutErrorsInTheServerLog() throws Exception {
        String log = MamisServer.serverLogSinceStart();
        assertTrue(log.contains("mamis was successfully deployed"), "deployment message missing from server.log");
        assertFalse(log.contains("[SEVERE]"), () -> "server.log has SEVERE entries:\n" + severe(log));
        assertTrue(log.contains("Schema at version"), "schema migration did not run");
        assertTrue(log.contains("Demo data loaded"), "demo data did not load in demo mode");
    }

    @Test
    void servesTheLoginPageWithSecurityHeaders() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(MamisServer.url("/login.xhtml"))).header("Accept-Language", "ja").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("ログイン"), "login page is not Japanese");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src"));
        String cookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void theStartPageTheReadmeNamesSendsVisitorsToTheLogin() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(MamisServer.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 || r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/index.xhtml")) {
            r = client.send(HttpRequest.newBuilder(URI.create(MamisServer.url("/index.xhtml"))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"), r.headers().map().toString());
    }

    @Test
    void memberPagesNeedALogin() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(MamisServer.url("/member/mypage.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertFalse(r.body().contains("idsample"));
    }

    private static String severe(String log) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while ((i = log.indexOf("[SEVERE]", i)) >= 0) {
            out.append(log, i, Math.min(log.length(), i + 1500)).append("\n---\n");
            i += 8;
        }
        return out.toString();
    }
}
