package jp.mamis.ejb.certificate;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of a certificate list: the member's own (申請・発行状況) or a secretariat's queue.
 *
 * @param status        REQUESTED, ISSUED, REFUSED, REVOKED or SUPERSEDED
 * @param number        the certificate number once issued, else null
 * @param reason        why it was refused or revoked, else null
 * @param formerMember  the doctor had left the association when asking (so it waits for approval)
 * @param applicantName the doctor's name (for the secretariat)
 */
public record CertificateSummary(long id, String associationName, String status, LocalDateTime requestedAt,
                                 String number, LocalDate issueDate, String reason, boolean approvalRequired,
                                 boolean formerMember, String applicantName, String registrationNumber)
        implements Serializable {
}
