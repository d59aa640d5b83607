package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.certificate.CertificateReviewService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;

/**
 * 在籍証明書の申請一覧: the association's waiting requests (approve, or refuse with a reason) and
 * its certificates (revoke a valid one with a reason). Ids come from the rows, and the service
 * checks each against the caller's association.
 */
@Named
@ViewScoped
public class CertificateQueue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "certificatesForm";

    @EJB
    private CertificateReviewService service;

    @Inject
    private SecurityContext security;

    private CertificateReviewService.Queue queue;
    private String reason;

    public void load() {
        if (queue == null) {
            queue = service.queue();
        }
    }

    public void approve(long id) {
        act(() -> service.approve(id), "certificate.approved");
    }

    public void refuse(long id) {
        act(() -> service.refuse(id, reason), "certificate.refused");
    }

    public void revoke(long id) {
        act(() -> service.revoke(id, reason), "certificate.revoked");
    }

    private void act(Runnable decision, String done) {
        try {
            decision.run();
            reason = null;
            Messages.info(done);
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
        queue = service.queue();
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public CertificateReviewService.Queue getQueue() { return queue; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
