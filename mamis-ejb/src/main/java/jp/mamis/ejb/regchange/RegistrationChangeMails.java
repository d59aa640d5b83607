package jp.mamis.ejb.regchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.regchange.RegistrationChange;
import jp.mamis.domain.regchange.RegistrationChangeLine;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;

import java.util.Locale;

/**
 * The mails of a name change that needs approval: to each secretariat asked to approve it, and
 * to the member when it is approved or rejected. Sent only after the step commits.
 */
@ApplicationScoped
public class RegistrationChangeMails {

    private static final Locale JAPANESE = Locale.JAPANESE;

    @Inject
    private Event<Mail> mail;

    @Inject
    private MamisConfig config;

    /** Tells every secretariat whose approval the change waits for. */
    public void pending(RegistrationChange c) {
        c.getLines().stream().filter(l -> l.getStatus() == RegistrationChangeLine.Status.PENDING)
                .map(RegistrationChangeLine::getAssociation)
                .forEach(a -> a.findEmail().ifPresent(to -> mail.fire(new Mail(to, "regchange.pending", JAPANESE, a.getName(),
                        c.getDoctor().getName().getFull(), c.getDoctor().getRegistrationNumber(),
                        config.baseUrl() + "/staff/registration-change.xhtml?id=" + c.getId()))));
    }

    public void approved(RegistrationChange c) {
        mail.fire(new Mail(c.getDoctor().getEmail(), "regchange.approved", JAPANESE, c.getDoctor().getName().getFull(),
                c.getAfter(), myPage()));
    }

    public void rejected(RegistrationChange c, Association by) {
        mail.fire(new Mail(c.getDoctor().getEmail(), "regchange.rejected", JAPANESE, c.getDoctor().getName().getFull(),
                by.getName(), c.findReason().orElse(""), c.getAfter(), myPage()));
    }

    private String myPage() {
        return config.baseUrl() + "/member/mypage.xhtml";
    }
}
