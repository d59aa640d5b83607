package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.regchange.ChangeView;
import jp.mamis.ejb.regchange.RegistrationChangeService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * One registration change of a member of the caller's association; a name change waiting for
 * its approval can be approved or rejected with a reason. The decision carries the page's version.
 */
@Named
@ViewScoped
public class RegistrationChangeReview implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "decisionForm";

    @EJB
    private RegistrationChangeService service;

    @Inject
    private SecurityContext security;

    private Long id;
    private String done;
    private ChangeView change;
    private String reason;

    public void load() throws IOException {
        if (id == null) {
            Messages.notFound();
            return;
        }
        try {
            change = service.detail(id);
            if (done != null && done.matches("approved|rejected")) {
                Messages.info("regchange." + done);
            }
        } catch (MamisException e) {
            Messages.notFound();
        }
    }

    public String approve() {
        return decide(() -> service.approve(id, change.version()), "approved");
    }

    public String reject() {
        return decide(() -> service.reject(id, change.version(), reason), "rejected");
    }

    private String decide(Runnable decision, String outcome) {
        try {
            decision.run();
            return "/staff/registration-change?faces-redirect=true&id=" + id + "&done=" + outcome;
        } catch (MamisException e) {
            Messages.error(FORM, e);
            if (!"reason".equals(e.findField().orElse(null))) {
                change = service.detail(id);
            }
            return null;
        }
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public String getDone() { return done; }
    public void setDone(String v) { done = v; }
    public ChangeView getChange() { return change; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
