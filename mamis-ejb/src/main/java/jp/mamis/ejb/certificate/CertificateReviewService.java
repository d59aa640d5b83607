package jp.mamis.ejb.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * 在籍証明書 for a secretariat: the requests and certificates of its own association only, the
 * approval (which issues) or refusal of a waiting request, and the revocation of a valid
 * certificate. Every view and decision is in the access log; a certificate of another
 * association is answered like one that does not exist and the attempt is logged.
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class CertificateReviewService {

    @Inject
    private Callers callers;

    @Inject
    private Certificates certificates;

    @Inject
    private AccessLog accessLog;

    @Inject
    private CertificateMails mails;

    /** The queue's content: the association, its waiting requests and everything else, newest first. */
    public record Queue(String associationName, List<CertificateSummary> waiting, List<CertificateSummary> others)
            implements Serializable {
    }

    /** This association's requests and certificates (logged: it lists members' names). */
    public Queue queue() {
        Callers.Staff staff = callers.staff();
        List<CertificateSummary> all = certificates.ofAssociation(staff.association()).stream().map(certificates::summary).toList();
        accessLog.record(staff.loginId(), AccessAction.VIEW_CERTIFICATES,
                new AccessLog.Subject(staff.association().getId(), null, null, null), all.size() + " certificates");
        return new Queue(staff.association().getName(),
                all.stream().filter(s -> "REQUESTED".equals(s.status())).toList(),
                all.stream().filter(s -> !"REQUESTED".equals(s.status())).toList());
    }

    /** Approves a waiting request: the certificate is issued now and the member told. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void approve(long certificateId) {
        Callers.Staff staff = callers.staff();
        Certificate c = own(staff, certificateId);
        certificates.issue(c, true, staff.loginId());
        accessLog.record(staff.loginId(), AccessAction.ISSUE_CERTIFICATE, subject(staff, c), detail(c, null));
    }

    @RolesAllowed(Role.Groups.OPERATOR)
    public void refuse(long certificateId, String reason) {
        Callers.Staff staff = callers.staff();
        Certificate c = own(staff, certificateId);
        c.refuse(staff.loginId(), Instant.now(), reason);
        accessLog.record(staff.loginId(), AccessAction.REFUSE_CERTIFICATE, subject(staff, c), detail(c, reason));
        mails.refused(c);
    }

    /** 失効: the certificate is no longer valid; whoever checks its code is told it was revoked. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void revoke(long certificateId, String reason) {
        Callers.Staff staff = callers.staff();
        Certificate c = own(staff, certificateId);
        c.revoke(staff.loginId(), Instant.now(), reason);
        accessLog.record(staff.loginId(), AccessAction.REVOKE_CERTIFICATE, subject(staff, c), detail(c, reason));
        mails.revoked(c);
    }

    /** The certificate, locked (doctor first, as the member's request takes it), when it is this association's. */
    private Certificate own(Callers.Staff staff, long certificateId) {
        Certificate c = certificates.find(certificateId).filter(x -> x.getAssociation().equals(staff.association())).orElse(null);
        if (c == null) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    "certificate " + certificateId);
            throw new MamisException("certificate.notFound");
        }
        return certificates.lock(c);
    }

    private static AccessLog.Subject subject(Callers.Staff staff, Certificate c) {
        return new AccessLog.Subject(staff.association().getId(), c.getDoctor().getId(), null, null);
    }

    private static String detail(Certificate c, String reason) {
        return "certificate " + c.getId() + c.findNumber().map(n -> " " + n).orElse("") + (reason == null ? "" : ": " + reason.strip());
    }
}
