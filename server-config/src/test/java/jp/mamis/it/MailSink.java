package jp.mamis.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail the run command's local mail sink (GreenMail) received, through its HTTP API. */
final class MailSink {

    private MailSink() {
    }

    /** The decoded text of the newest mail to {@code address}, waiting up to 30 s for one to arrive. */
    static String latestText(String address, int atLeast) throws IOException, InterruptedException {
        String api = MamisServer.stack().mailSinkApi() + "/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/";
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                // possessive quantifiers: a plain alternation recurses per character and overflows on long mails
                Matcher m = Pattern.compile("\"mimeMessage\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(r.body());
                String last = null;
                int count = 0;
                while (m.find()) {
                    last = m.group(1);
                    count++;
                }
                if (count >= atLeast) {
                    return decode(unescapeJson(last));
                }
            }
            Thread.sleep(300);
        }
        throw new IOException("no mail for " + address + " within 30 s");
    }

    /** The body of a single-part text mail, undoing base64 or quoted-printable. */
    private static String decode(String mime) {
        int split = mime.indexOf("\r\n\r\n");
        String headers = mime.substring(0, split).toLowerCase();
        String body = mime.substring(split + 4);
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            String joined = body.replace("=\r\n", "");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length()) {
                    out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    out.write(c);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        return body;
    }

    private static String unescapeJson(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
