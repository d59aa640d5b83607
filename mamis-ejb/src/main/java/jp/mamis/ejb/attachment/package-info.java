/**
 * Where the bytes of member attachments (医師免許証, 履歴書, 経歴書, photo) live: a directory
 * outside the web root ({@code MAMIS_FILES_DIR}), one file per upload under a generated name.
 * The database keeps only the generated name, the type decided from the content, the size and
 * the SHA-256; the services that record an attachment and check who may read it use
 * {@link jp.mamis.ejb.attachment.AttachmentStore} for the bytes.
 */
package jp.mamis.ejb.attachment;
