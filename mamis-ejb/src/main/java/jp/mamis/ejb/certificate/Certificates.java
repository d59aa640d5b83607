package jp.mamis.ejb.certificate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.domain.certificate.CertificateDocument;
import jp.mamis.domain.certificate.CertificateStatus;
import jp.mamis.domain.certificate.VerificationCode;
import jp.mamis.ejb.application.Applications;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.registration.RegistrationService;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the member's and the secretariat's certificate services share: the queries, and issuing
 * (number, code, snapshot, PDF, superseding the previous valid one, the mail). Runs in the
 * caller's transaction; callers decide who may do what.
 */
@Stateless
public class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private CertificatePdf pdf;

    @Inject
    private CertificateMails mails;

    @Inject
    private MamisConfig config;

    /** The page a printed code opens; the code is appended grouped, as printed. */
    public String verifyUrl(String groupedCode) {
        return config.baseUrl() + "/verify.xhtml?code=" + groupedCode;
    }

    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    public Certificate lock(Certificate c) {
        em.lock(c.getDoctor(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    public List<Certificate> ofDoctor(jp.mamis.domain.doctor.Doctor d) {
        return em.createQuery("select c from Certificate c where c.doctor = :d order by c.requestedAt desc, c.id desc",
                Certificate.class).setParameter("d", d).getResultList();
    }

    public List<Certificate> ofAssociation(jp.mamis.domain.association.Association a) {
        return em.createQuery("select c from Certificate c join fetch c.doctor where c.association = :a"
                        + " order by c.requestedAt desc, c.id desc", Certificate.class)
                .setParameter("a", a).setMaxResults(500).getResultList();
    }

    public Optional<Certificate> findOpen(jp.mamis.domain.doctor.Doctor d, jp.mamis.domain.association.Association a,
                                          CertificateStatus status) {
        return em.createQuery("select c from Certificate c where c.doctor = :d and c.association = :a and c.status = :s",
                        Certificate.class)
                .setParameter("d", d).setParameter("a", a).setParameter("s", status).getResultStream().findFirst();
    }

    public Optional<Certificate> findByCode(String plainCode) {
        return em.createQuery("select c from Certificate c where c.verificationHash = :h", Certificate.class)
                .setParameter("h", VerificationCode.hash(plainCode)).getResultStream().findFirst();
    }

    public Optional<CertificateDocument> document(Certificate c) {
        return Optional.ofNullable(em.find(CertificateDocument.class, c.getId()));
    }

    /**
     * Issues a requested certificate: supersedes the doctor's valid one at the same association,
     * stores the PDF and mails the member. The caller holds the doctor's lock.
     *
     * @return the verification code, grouped as printed (it is kept nowhere else but in the PDF)
     */
    public String issue(Certificate c, boolean byStaff, String by) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(RegistrationService.JAPAN);
        Optional<Certificate> previous = findOpen(c.getDoctor(), c.getAssociation(), CertificateStatus.ISSUED);
        String code = VerificationCode.generate(RANDOM);
        long sequence = ((Number) em.createNativeQuery("select nextval('certificate_number_seq')").getSingleResult()).longValue();
        c.issue(Certificate.formatNumber(c.getAssociation().getCode(), today.getYear(), sequence), VerificationCode.hash(code),
                today, byStaff, by, now);
        previous.ifPresent(old -> old.supersede(c, now));
        String grouped = VerificationCode.grouped(code);
        byte[] bytes = pdf.render(c.findPrinted().orElseThrow(), grouped, verifyUrl(grouped));
        em.persist(new CertificateDocument(c, bytes, sha256(bytes)));
        mails.issued(c);
        return grouped;
    }

    public CertificateSummary summary(Certificate c) {
        return new CertificateSummary(c.getId(), c.getAssociation().getName(), c.getStatus().name(),
                Applications.japan(c.getRequestedAt()), c.findNumber().orElse(null), c.findIssueDate().orElse(null),
                c.findReason().orElse(null), c.isApprovalRequired(), c.isFormerMember(), c.getDoctor().getName().getFull(),
                c.getDoctor().getRegistrationNumber());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
