package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.ejb.review.ReviewService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * 審査: one application routed to the caller's association. Decisions carry the version the
 * page was read at, so a decision made on an outdated page is refused as a conflict.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "decisionForm";

    @EJB
    private ReviewService service;

    @Inject
    private SecurityContext security;

    private Long id;
    /** The decision just made (approved, rejected, returned), shown once as a message. */
    private String done;
    private ApplicationDetail detail;
    private String reason;
    private String messageText;

    public void load() throws IOException {
        if (id == null) {
            Messages.notFound();
            return;
        }
        try {
            detail = service.detail(id);
            if (done != null && done.matches("approved|rejected|returned")) {
                Messages.info("review." + done);
            }
        } catch (MamisException e) {
            Messages.notFound();
        }
    }

    public String approve() {
        return decide(() -> service.approve(id, detail.version()), "approved");
    }

    public String reject() {
        return decide(() -> service.reject(id, detail.version(), reason), "rejected");
    }

    public String returnForCorrection() {
        return decide(() -> service.returnForCorrection(id, detail.version(), reason), "returned");
    }

    public String postMessage() {
        try {
            service.postMessage(id, messageText);
            Messages.info("application.message.sent");
            Messages.keepOverRedirect();
            return "/staff/application?faces-redirect=true&id=" + id;
        } catch (MamisException e) {
            Messages.error("messageForm", e);
            return null;
        }
    }

    private String decide(Runnable decision, String done) {
        try {
            decision.run();
            return "/staff/application?faces-redirect=true&id=" + id + "&done=" + done;
        } catch (MamisException e) {
            Messages.error(FORM, e);
            if ("application.conflict".equals(e.getKey()) || "application.line.decided".equals(e.getKey())) {
                detail = service.detail(id);
            }
            return null;
        }
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public String getDone() { return done; }
    public void setDone(String v) { done = v; }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ApplicationDetail getDetail() { return detail; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getMessageText() { return messageText; }
    public void setMessageText(String v) { messageText = v; }
}
