/**
 * Attachments a member hands in with an application — 医師免許証, 履歴書, 経歴書 and a photo:
 * which kind of document a file is ({@link jp.mamis.domain.attachment.DocumentKind}) and which
 * file types are accepted at all ({@link jp.mamis.domain.attachment.FileType}). The type of an
 * upload is decided here from its content, never from the name or the Content-Type the browser
 * sent, because both are chosen by the sender. Storing the bytes is the EJB module's job
 * ({@code jp.mamis.ejb.attachment}).
 */
package jp.mamis.domain.attachment;
