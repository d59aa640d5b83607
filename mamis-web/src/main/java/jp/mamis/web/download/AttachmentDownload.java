package jp.mamis.web.download;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.review.ReviewService;

import java.io.IOException;

/**
 * Downloads an application's attachment: {@code /member/attachment} for the applicant's own,
 * {@code /staff/attachment} for a secretariat (only what the member let it see). The services
 * decide who may have which file; anything refused is a plain 404. Files are always sent as
 * attachments with their real type ({@code nosniff} comes from {@code SecurityHeadersFilter}).
 */
@WebServlet({"/member/attachment", "/staff/attachment"})
public class AttachmentDownload extends HttpServlet {

    @EJB
    private AdmissionService admission;

    @EJB
    private ReviewService review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long applicationId;
        long attachmentId;
        try {
            applicationId = Long.parseLong(request.getParameter("application"));
            attachmentId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download d;
        try {
            d = request.getServletPath().startsWith("/staff")
                    ? review.attachment(applicationId, attachmentId)
                    : admission.ownAttachment(applicationId, attachmentId);
        } catch (MamisException | jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, d);
    }
}
