/**
 * Outgoing mail through the application's mail session ({@code java:app/mail/mamis}, defined in
 * the EAR's glassfish-resources.xml from MAMIS_SMTP_* variables). Texts come from the
 * {@code MailTexts} bundle, Japanese first.
 */
package jp.mamis.ejb.mail;
