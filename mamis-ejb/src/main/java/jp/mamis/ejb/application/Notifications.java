package jp.mamis.ejb.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationLine;
import jp.mamis.domain.association.Association;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The mails an application's steps send: to the applicant on submission, each decision and a
 * return; to a secretariat when a line becomes its turn or the applicant writes. Sent only
 * after the step commits (see {@link jp.mamis.ejb.mail.Mailer}).
 */
@ApplicationScoped
public class Notifications {

    private static final Locale JAPANESE = Locale.JAPANESE;

    @Inject
    private Event<Mail> mail;

    @Inject
    private MamisConfig config;

    public void submitted(Application ap) {
        toApplicant(ap, "application.submitted",
                ap.getLines().stream().map(l -> l.getAssociation().getName()).collect(Collectors.joining(" → ")));
    }

    public void approved(Application ap, Association by) {
        toApplicant(ap, "application.approved", by.getName());
        if (ap.getType().takesEffectAtOnce() && ap.getStatus() == jp.mamis.domain.application.ApplicationStatus.APPROVED) {
            toApplicant(ap, "application.completed");
        }
    }

    public void rejected(Application ap, Association by, String reason) {
        toApplicant(ap, "application.rejected", by.getName(), reason);
    }

    public void returned(Application ap, Association by, String reason) {
        toApplicant(ap, "application.returned", by.getName(), reason);
    }

    public void messageToApplicant(Application ap, Association from) {
        toApplicant(ap, "application.message", from.getName());
    }

    /** Tells the line's secretariat that the application waits for its decision. */
    public void actionable(ApplicationLine line) {
        Association a = line.getAssociation();
        a.findEmail().ifPresent(to -> mail.fire(new Mail(to, "review.actionable", JAPANESE, a.getName(),
                line.getApplication().getDoctor().getName().getFull(), String.valueOf(line.getApplication().getId()),
                config.baseUrl() + "/staff/application.xhtml?id=" + line.getApplication().getId())));
    }

    /** Tells the secretariat whose turn it is (or, when none, the lowest one) that the applicant wrote. */
    public void messageFromApplicant(Application ap) {
        ApplicationLine line = ap.findActionableLine().orElse(ap.getLines().isEmpty() ? null : ap.getLines().get(0));
        if (line == null) {
            return;
        }
        Association a = line.getAssociation();
        a.findEmail().ifPresent(to -> mail.fire(new Mail(to, "review.message", JAPANESE, a.getName(),
                ap.getDoctor().getName().getFull(), String.valueOf(ap.getId()),
                config.baseUrl() + "/staff/application.xhtml?id=" + ap.getId())));
    }

    /** Texts are per procedure: {@code application.x} for an admission, {@code transfer.x} or {@code withdrawal.x} otherwise (messages are shared). */
    private void toApplicant(Application ap, String key, Object... args) {
        if (ap.getType() != jp.mamis.domain.application.ApplicationType.ADMISSION && !key.equals("application.message")) {
            key = ap.getType().name().toLowerCase(Locale.ROOT) + key.substring(key.indexOf('.'));
        }
        Object[] all = new Object[args.length + 3];
        all[0] = ap.getDoctor().getName().getFull();
        all[1] = String.valueOf(ap.getId());
        System.arraycopy(args, 0, all, 2, args.length);
        all[all.length - 1] = config.baseUrl() + "/member/application.xhtml?id=" + ap.getId();
        mail.fire(new Mail(ap.getDoctor().getEmail(), key, JAPANESE, all));
    }
}
