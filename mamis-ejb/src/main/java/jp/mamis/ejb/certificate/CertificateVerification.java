package jp.mamis.ejb.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.domain.certificate.VerificationCode;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public check of a printed verification code (照合), open to anyone without signing in.
 * It tells only what the certificate itself shows a third party: number, association, name,
 * issue date and whether it is still valid. A code that was never issued, a request not yet
 * issued and a typing error all answer the same: nothing.
 */
@Stateless
@PermitAll
public class CertificateVerification {

    @Inject
    private Certificates certificates;

    /** What the verification page shows. {@code status} is ISSUED (valid), REVOKED or SUPERSEDED. */
    public record Verified(String number, String associationName, String memberName, LocalDate issueDate, String status)
            implements Serializable {

        public boolean valid() {
            return "ISSUED".equals(status);
        }
    }

    public Optional<Verified> verify(String typedCode) {
        Optional<Certificate> found = VerificationCode.normalize(typedCode).flatMap(certificates::findByCode);
        return found.flatMap(c -> c.findPrinted().map(p -> new Verified(p.number(), p.associationName(), p.name(),
                p.issueDate(), c.getStatus().name())));
    }
}
