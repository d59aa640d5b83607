package jp.mamis.ejb.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;

import java.util.Locale;

/**
 * The mails of certificates (texts in {@code MailTexts}, {@code certificate.*}): to the member
 * when one is issued, refused or revoked; to the secretariat when a request waits for it. Like
 * every mail they go out only after the step commits.
 */
@ApplicationScoped
public class CertificateMails {

    @Inject
    private Event<Mail> mail;

    @Inject
    private MamisConfig config;

    public void issued(Certificate c) {
        toMember(c, "certificate.issued", c.findNumber().orElse(""));
    }

    public void refused(Certificate c) {
        toMember(c, "certificate.refused", c.findReason().orElse(""));
    }

    public void revoked(Certificate c) {
        toMember(c, "certificate.revoked", c.findNumber().orElse("") + "：" + c.findReason().orElse(""));
    }

    /** Tells the association's secretariat that a request waits for its approval. */
    public void waiting(Certificate c) {
        c.getAssociation().findEmail().ifPresent(to -> mail.fire(new Mail(to, "certificate.waiting", Locale.JAPANESE,
                c.getAssociation().getName(), c.getDoctor().getName().getFull(), config.baseUrl() + "/staff/certificates.xhtml")));
    }

    /** Arguments: {0} name, {1} association, {2} the key's own detail, {3} My Page. */
    private void toMember(Certificate c, String key, String detail) {
        mail.fire(new Mail(c.getDoctor().getEmail(), key, Locale.JAPANESE, c.getDoctor().getName().getFull(),
                c.getAssociation().getName(), detail, config.baseUrl() + "/member/mypage.xhtml"));
    }
}
