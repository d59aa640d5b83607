package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.admission.AdmissionService;
import jp.mamis.ejb.application.ApplicationDetail;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** The member's own application (申請内容): status per association, history, messages, cancel. */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "applicationForm";

    @EJB
    private AdmissionService service;

    private Long id;
    /** "new" or "again" right after the wizard filed it (shown once as a message). */
    private String filed;
    private ApplicationDetail detail;
    private String messageText;

    public void load() throws IOException {
        if (id == null) {
            Messages.notFound();
            return;
        }
        try {
            detail = service.myApplication(id);
            // 入会届・異動届・退会届 each have their own confirmation text
            String procedure = detail.type().toLowerCase(java.util.Locale.ROOT);
            if ("new".equals(filed)) {
                Messages.info(procedure + ".submitted");
            } else if ("again".equals(filed)) {
                Messages.info(procedure + ".resubmitted");
            }
        } catch (MamisException e) {
            Messages.notFound();
        }
    }

    public void cancel() {
        try {
            service.cancel(id);
            detail = service.myApplication(id);
            Messages.info("application.cancelled");
        } catch (MamisException e) {
            Messages.error(FORM, e);
        }
    }

    public String postMessage() {
        try {
            service.postMessage(id, messageText);
            Messages.info("application.message.sent");
            Messages.keepOverRedirect();
            return "/member/application?faces-redirect=true&id=" + id;
        } catch (MamisException e) {
            Messages.error("messageForm", e);
            return null;
        }
    }

    public String getFiled() { return filed; }
    public void setFiled(String v) { filed = v; }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ApplicationDetail getDetail() { return detail; }
    public String getMessageText() { return messageText; }
    public void setMessageText(String v) { messageText = v; }
}
