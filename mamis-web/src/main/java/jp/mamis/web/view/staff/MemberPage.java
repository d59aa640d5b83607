package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.members.MemberSearchService;
import jp.mamis.ejb.registration.ContactForm;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * 会員詳細 ({@code staff/member.xhtml?id=} doctor id): registration data, the memberships at the
 * caller's association with their history; operators edit contact data and category with the
 * versions read (a concurrent edit is reported, never overwritten). Anyone else's id answers 404.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private MemberSearchService service;

    @Inject
    private SecurityContext security;

    private Long id;
    private MemberSearchService.MemberDetail detail;
    private ContactForm contact;
    private MemberCategory category;

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        if (id == null) {
            Messages.notFound();
            return;
        }
        try {
            show(service.detail(id));
        } catch (MamisException e) {
            Messages.notFound();
        }
    }

    private void show(MemberSearchService.MemberDetail d) {
        detail = d;
        contact = d.contact();
        category = d.active() == null ? null : d.active().category();
    }

    public void save() {
        try {
            show(service.edit(id, contact, detail.active() == null ? null : category, detail.doctorVersion(),
                    detail.active() == null ? 0 : detail.active().version()));
            Messages.info("memberSearch.saved");
        } catch (MamisException e) {
            Messages.error("memberForm", e);
        }
    }

    /** Reads the member again (after a conflict). */
    public void reload() {
        show(service.detail(id));
    }

    public boolean isOperator() {
        return security.isCallerInRole(Role.Groups.OPERATOR);
    }

    public Prefecture[] getPrefectures() { return Prefecture.values(); }
    public MemberCategory[] getCategoryValues() { return MemberCategory.values(); }
    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public MemberSearchService.MemberDetail getDetail() { return detail; }
    public ContactForm getContact() { return contact; }
    public MemberCategory getCategory() { return category; }
    public void setCategory(MemberCategory v) { category = v; }
}
