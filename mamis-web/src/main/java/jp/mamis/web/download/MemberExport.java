package jp.mamis.web.download;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.members.CsvEncoding;
import jp.mamis.ejb.members.ExportKind;
import jp.mamis.ejb.members.MemberCriteria;
import jp.mamis.ejb.members.MemberSearchService;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of a member search result ({@code /staff/member-export?kind=ledger|labels|pdf&enc=utf8|ms932&…criteria}):
 * streamed straight from the service to the response, as an attachment with {@code nosniff}.
 * The criteria come from the request, the association from the signed-in staff — the service
 * scopes and logs every download. Refused before anything is written: a plain 404.
 */
@WebServlet("/staff/member-export")
public class MemberExport extends HttpServlet {

    @EJB
    private MemberSearchService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the link's query is UTF-8 (MemberCriteria#toQuery); read it as such whatever the container's default
        java.util.Map<String, String> query = query(request.getQueryString());
        String kind = query.get("kind");
        MemberCriteria criteria = MemberCriteria.fromQuery(query::get);
        CsvEncoding encoding = CsvEncoding.ofParameter(query.get("enc"));
        ExportKind csv = ExportKind.ofParameter(kind);
        if (csv == null && !"pdf".equals(kind)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            String file = csv == null ? service.fileName("宛名ラベル", "pdf") : service.fileName(csv.title(), "csv");
            response.setContentType(csv == null ? "application/pdf"
                    : "text/csv; charset=" + (encoding == CsvEncoding.MS932 ? "Windows-31J" : "UTF-8"));
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            OutputStream out = response.getOutputStream();
            if (csv == null) {
                service.labelSheet(criteria, out);
            } else {
                service.csv(criteria, csv, encoding, out);
            }
            out.flush();
        } catch (MamisException | jakarta.ejb.EJBAccessException e) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /** The query string's parameters, decoded as UTF-8; the first of repeated names wins. */
    static java.util.Map<String, String> query(String queryString) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (queryString == null) {
            return out;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException malformed) {
                // a broken escape: that parameter is simply not there
            }
        }
        return out;
    }
}
