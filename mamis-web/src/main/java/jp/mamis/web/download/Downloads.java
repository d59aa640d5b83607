package jp.mamis.web.download;

import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.ejb.application.Download;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How every download is answered: its real type, as an attachment (never inline), {@code nosniff}. */
final class Downloads {

    private Downloads() {
    }

    static void send(HttpServletResponse response, Download d) throws IOException {
        response.setContentType(d.mimeType());
        response.setContentLengthLong(d.size());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = d.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
