package jp.mamis.web.download;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.certificate.CertificateService;

import java.io.IOException;

/**
 * The PDF of one of the member's own certificates ({@code /member/certificate-pdf?id=}). Anything
 * else (another member's, a request not issued, a bad id) is a plain 404. Sent as an attachment
 * with {@code nosniff}, like every download.
 */
@WebServlet("/member/certificate-pdf")
public class CertificateDownload extends HttpServlet {

    @EJB
    private CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download d;
        try {
            d = certificates.pdf(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | MamisException | jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        Downloads.send(response, d);
    }
}
