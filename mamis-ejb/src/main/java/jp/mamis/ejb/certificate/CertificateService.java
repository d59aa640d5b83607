package jp.mamis.ejb.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.domain.certificate.CertificateDocument;
import jp.mamis.domain.certificate.CertificateStatus;
import jp.mamis.domain.certificate.MembershipPeriod;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.Membership;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.rules.RulesService;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 在籍証明書 for the signed-in member: the associations they can ask about, the request (issued
 * at once for an active member unless the association wants to approve it first; always approved
 * first for a former member), their requests and certificates, and the PDF of their own. Another
 * member's certificate id is answered like one that does not exist.
 */
@Stateless
@RolesAllowed(Role.Groups.MEMBER)
public class CertificateService {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private jp.mamis.ejb.audit.AccessLog accessLog;

    @Inject
    private Callers callers;

    @Inject
    private Certificates certificates;

    @Inject
    private RulesService rules;

    @Inject
    private CertificateMails mails;

    /** An association the member is or was a member of. */
    public record Option(long associationId, String name, boolean current) implements Serializable {
    }

    /** What a request came to: issued now (with the code printed on it) or waiting for the secretariat. */
    public record Outcome(long id, String status, String number, String verificationCode, String verifyUrl)
            implements Serializable {
    }

    /** The associations a certificate can be asked of: those with an active or withdrawn membership, in the My Page order. */
    public List<Option> options() {
        Map<Association, Boolean> seen = new LinkedHashMap<>();
        for (Membership m : callers.member().getMemberships()) {
            MembershipPeriod.of(m).ifPresent(p -> seen.merge(m.getAssociation(), p.isCurrent(), Boolean::logicalOr));
        }
        return seen.entrySet().stream().map(e -> new Option(e.getKey().getId(), e.getKey().getName(), e.getValue())).toList();
    }

    /**
     * Asks for a certificate of the association. A second request while one waits is refused;
     * a new certificate replaces (supersedes) the valid one of the same association.
     *
     * @throws MamisException {@code certificate.notMember} when the member never was a member there,
     *                        {@code certificate.alreadyRequested} when a request waits already
     */
    public Outcome request(long associationId) {
        Doctor me = callers.member();
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        Association a = em.find(Association.class, associationId);
        if (a == null) {
            throw new MamisException("certificate.notMember", "-");
        }
        if (certificates.findOpen(me, a, CertificateStatus.REQUESTED).isPresent()) {
            throw new MamisException("certificate.alreadyRequested", a.getName());
        }
        Certificate c = Certificate.request(me, a, rules.rulesOf(a).isCertificateApprovalRequired(), callers.loginId(),
                Instant.now());
        em.persist(c);
        em.flush();
        if (c.isApprovalRequired()) {
            mails.waiting(c);
            return new Outcome(c.getId(), c.getStatus().name(), null, null, null);
        }
        String code = certificates.issue(c, false, callers.loginId());
        return new Outcome(c.getId(), c.getStatus().name(), c.findNumber().orElseThrow(), code, certificates.verifyUrl(code));
    }

    /** The member's requests and certificates, newest first. */
    public List<CertificateSummary> mine() {
        return certificates.ofDoctor(callers.member()).stream().map(certificates::summary).toList();
    }

    /** The PDF of one of the member's own issued certificates (also a superseded or revoked one, as it was). */
    public Download pdf(long certificateId) {
        Doctor me = callers.member();
        Certificate c = certificates.find(certificateId).filter(x -> x.getDoctor().equals(me)).orElse(null);
        if (c == null) {
            accessLog.denied(callers.loginId(), new jp.mamis.ejb.audit.AccessLog.Subject(null, me.getId(), null, null),
                    "certificate " + certificateId + " of another member");
            throw new MamisException("certificate.notFound");
        }
        CertificateDocument d = certificates.document(c).orElse(null);
        if (d == null) {
            throw new MamisException("certificate.notFound");
        }
        byte[] pdf = d.getPdf();
        return new Download("zaiseki-" + c.findNumber().orElseThrow() + ".pdf", "application/pdf", pdf.length,
                new ByteArrayInputStream(pdf));
    }
}
