package jp.mamis.ejb.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.mamis.domain.inquiry.Inquiry;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;

import java.util.Locale;

/**
 * The mails of inquiries ({@code MailTexts} {@code inquiry.*}): to the secretariat when a member
 * writes, to the member when the secretariat answers. The text of the message is not in the mail,
 * only a link: the thread is read after signing in.
 */
@ApplicationScoped
public class InquiryMails {

    @Inject
    private Event<Mail> mail;

    @Inject
    private MamisConfig config;

    /** {0} association, {1} member, {2} subject, {3} link. */
    public void toSecretariat(Inquiry i) {
        i.getAssociation().findEmail().ifPresent(to -> mail.fire(new Mail(to, "inquiry.received", Locale.JAPANESE,
                i.getAssociation().getName(), i.getDoctor().getName().getFull(), i.getSubject(),
                config.baseUrl() + "/staff/inquiries.xhtml?id=" + i.getId())));
    }

    /** {0} member, {1} association, {2} subject, {3} link. */
    public void toMember(Inquiry i) {
        mail.fire(new Mail(i.getDoctor().getEmail(), "inquiry.answered", Locale.JAPANESE, i.getDoctor().getName().getFull(),
                i.getAssociation().getName(), i.getSubject(), config.baseUrl() + "/member/inquiry.xhtml?id=" + i.getId()));
    }
}
