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
        String kind = request.getParameter("kind");
        MemberCriteria criteria = MemberCriteria.fromQuery(request::getParameter);
        CsvEncoding encoding = CsvEncoding.ofParameter(request.getParameter("enc"));
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
}
