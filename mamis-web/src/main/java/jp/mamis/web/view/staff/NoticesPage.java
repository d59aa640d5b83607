package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.notice.Notice;
import jp.mamis.ejb.notice.NoticeService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** お知らせ: the own association's notices; operators and admins write, change and remove them in the form below the list. */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private NoticeService service;

    @Inject
    private SecurityContext security;

    private List<NoticeService.NoticeView> notices;
    private Long id;
    private long version;
    private String title;
    private String body;
    private LocalDate publishFrom = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private LocalDate publishUntil;

    public void load() {
        if (notices == null) {
            notices = service.list();
        }
    }

    public void edit(NoticeService.NoticeView n) {
        id = n.id();
        version = n.version();
        title = n.settings().title();
        body = n.settings().body();
        publishFrom = n.settings().publishFrom();
        publishUntil = n.settings().publishUntil();
    }

    public void clear() {
        id = null;
        version = 0;
        title = null;
        body = null;
        publishFrom = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        publishUntil = null;
    }

    public void save() {
        try {
            service.save(id, new Notice.Settings(title, body, publishFrom, publishUntil), version);
            notices = service.list();
            clear();
            Messages.info("notice.saved");
        } catch (MamisException e) {
            Messages.error("noticeForm", e);
        }
    }

    public void remove(NoticeService.NoticeView n) {
        try {
            service.remove(n.id(), n.version());
            notices = service.list();
            Messages.info("notice.removed");
        } catch (MamisException e) {
            Messages.error("noticeForm", e);
        }
    }

    public boolean isEditable() { return security.isCallerInRole(Role.Groups.OPERATOR); }
    public List<NoticeService.NoticeView> getNotices() { return notices; }
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public LocalDate getPublishFrom() { return publishFrom; }
    public void setPublishFrom(LocalDate v) { publishFrom = v; }
    public LocalDate getPublishUntil() { return publishUntil; }
    public void setPublishUntil(LocalDate v) { publishUntil = v; }
}
