package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.inquiry.InquiryService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * お問合せ (member): a new inquiry to one of the member's associations, or ({@code ?id=}) one of
 * their own threads with a form to write again; anyone else's id is a plain 404.
 */
@Named
@ViewScoped
public class InquiryPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private InquiryService service;

    private Long id;
    private List<InquiryService.Option> options;
    private InquiryService.Thread thread;
    private Long associationId;
    private String subject;
    private String body;

    public void load() throws IOException {
        if (id != null) {
            if (thread == null) {
                try {
                    thread = service.myThread(id);
                } catch (MamisException e) {
                    Messages.notFound();
                }
            }
        } else if (options == null) {
            options = service.options();
        }
    }

    public String ask() {
        try {
            long created = service.ask(associationId == null ? -1 : associationId, subject, body);
            Messages.info("inquiry.sent");
            Messages.keepOverRedirect();
            return "/member/inquiry?faces-redirect=true&id=" + created;
        } catch (MamisException e) {
            Messages.error("askForm", e);
            return null;
        }
    }

    public void write() {
        try {
            service.write(id, body);
            thread = service.myThread(id);
            body = null;
            Messages.info("inquiry.sent");
        } catch (MamisException e) {
            Messages.error("writeForm", e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public List<InquiryService.Option> getOptions() { return options; }
    public InquiryService.Thread getThread() { return thread; }
    public Long getAssociationId() { return associationId; }
    public void setAssociationId(Long v) { associationId = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
}
