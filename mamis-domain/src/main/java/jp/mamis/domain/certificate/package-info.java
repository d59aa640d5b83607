/**
 * 在籍証明書: a certificate of membership of one association, requested by the member, issued
 * at once or after the secretariat's approval, verifiable by a third party with the code printed
 * on it, and superseded by a newer one or revoked by the secretariat. What was printed is kept as
 * a snapshot, so a later change of the doctor's data never changes an issued certificate.
 */
package jp.mamis.domain.certificate;
