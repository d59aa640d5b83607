package jp.mamis.ejb.mail;

import java.util.Locale;

/**
 * A mail to send once the current transaction has committed: fire it as a CDI event and
 * {@link Mailer} sends it after commit, so a rolled-back action never mails anyone.
 *
 * @param key  bundle prefix in {@code MailTexts}: {@code key.subject} and {@code key.body}
 * @param args values for the body's {0}, {1}… placeholders
 */
public record Mail(String to, String key, Locale locale, Object... args) {
}
