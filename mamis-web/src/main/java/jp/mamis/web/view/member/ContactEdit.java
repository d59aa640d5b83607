package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.mypage.MyPageService;
import jp.mamis.ejb.registration.ContactForm;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** 連絡先の変更: the member edits address, phones and email; a concurrent change is reported, not overwritten. */
@Named
@ViewScoped
public class ContactEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private MyPageService service;

    @Inject
    private ExternalContext external;

    private ContactForm form;
    private long version;

    public void load() {
        if (form == null) {
            MyPageService.ContactEdit edit = service.contactForm();
            form = edit.form();
            version = edit.version();
        }
    }

    public void save() throws IOException {
        try {
            service.updateContact(form, version);
            Messages.info("contact.saved");
            Messages.keepOverRedirect();
            external.redirect(external.getRequestContextPath() + "/member/mypage.xhtml");
        } catch (MamisException e) {
            Messages.error("contactForm", e);
        }
    }

    public Prefecture[] getPrefectures() {
        return Prefecture.values();
    }

    public ContactForm getForm() {
        return form;
    }
}
