package jp.mamis.web.view.member;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.certificate.CertificateService;
import jp.mamis.web.faces.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * 在籍証明書の申請: the member chooses one of their associations and asks. An issued certificate
 * is shown at once with its verification code; a request that waits for the secretariat says so.
 */
@Named
@ViewScoped
public class CertificateRequest implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificateService service;

    private List<CertificateService.Option> options;
    private Long associationId;
    private CertificateService.Outcome outcome;

    public void load() {
        if (options == null) {
            options = service.options();
        }
    }

    public void request() {
        if (associationId == null) {
            Messages.error("certificateForm:association", "certificate.association.required");
            return;
        }
        try {
            outcome = service.request(associationId);
            Messages.info("ISSUED".equals(outcome.status()) ? "certificate.issuedNow" : "certificate.waitingNow");
        } catch (MamisException e) {
            Messages.error("certificateForm", e);
        }
    }

    public List<CertificateService.Option> getOptions() { return options; }
    public Long getAssociationId() { return associationId; }
    public void setAssociationId(Long v) { associationId = v; }
    public CertificateService.Outcome getOutcome() { return outcome; }
}
