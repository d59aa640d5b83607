package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.inquiry.InquiryStatus;
import jp.mamis.ejb.inquiry.InquiryService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * お問合せ (secretariat): the own association's inquiries, unanswered first ({@code ?status=}), and
 * one thread with the reply form ({@code ?id=}); another association's id is a plain 404.
 */
@Named
@ViewScoped
public class InquiryQueue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private InquiryService service;

    @Inject
    private SecurityContext security;

    private InquiryStatus status = InquiryStatus.OPEN;
    private Long id;
    private List<InquiryService.Row> rows;
    private InquiryService.Thread thread;
    private String reply;

    public void load() throws IOException {
        if (id != null) {
            if (thread == null) {
                try {
                    thread = service.thread(id);
                } catch (MamisException e) {
                    Messages.notFound();
                }
            }
        } else if (rows == null) {
            rows = service.queue(status);
        }
    }

    public void send() {
        try {
            service.reply(id, reply);
            thread = service.thread(id);
            reply = null;
            Messages.info("inquiry.replied");
        } catch (MamisException e) {
            Messages.error("replyForm", e);
        }
    }

    public boolean isCanReply() { return security.isCallerInRole(Role.Groups.OPERATOR); }
    public InquiryStatus[] getStatuses() { return InquiryStatus.values(); }
    public InquiryStatus getStatus() { return status; }
    public void setStatus(InquiryStatus v) { status = v == null ? InquiryStatus.OPEN : v; }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public List<InquiryService.Row> getRows() { return rows; }
    public InquiryService.Thread getThread() { return thread; }
    public String getReply() { return reply; }
    public void setReply(String v) { reply = v; }
}
