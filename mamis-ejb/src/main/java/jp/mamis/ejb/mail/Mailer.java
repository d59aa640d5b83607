package jp.mamis.ejb.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Date;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends {@link Mail} events after the transaction that fired them commits. A failure to send is
 * logged and does not undo the committed action (the user can ask again, e.g. for a reset link).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "java:app/mail/mamis")
    private Session session;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        send(mail);
    }

    void send(Mail mail) {
        ResourceBundle texts = ResourceBundle.getBundle("jp.mamis.ejb.mail.MailTexts", mail.locale());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(texts.getString(mail.key() + ".subject"), StandardCharsets.UTF_8.name());
            message.setText(new MessageFormat(texts.getString(mail.key() + ".body"), mail.locale()).format(mail.args()),
                    StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.SEVERE, "Mail '" + mail.key() + "' could not be sent", e);
        }
    }
}
