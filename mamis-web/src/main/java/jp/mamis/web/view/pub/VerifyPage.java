package jp.mamis.web.view.pub;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.ejb.certificate.CertificateVerification;

/**
 * 在籍証明書の照合 ({@code /verify.xhtml?code=…}, no sign-in): the code from the URL or typed into
 * the form. A code that is not genuine gets the same answer however it is wrong.
 */
@Named
@RequestScoped
public class VerifyPage {

    @EJB
    private CertificateVerification verification;

    private String code;
    private boolean checked;
    private CertificateVerification.Verified result;

    /** Checks the code of the URL, when there is one. */
    public void load() {
        if (code != null && !code.isBlank()) {
            check();
        }
    }

    public void check() {
        checked = true;
        result = verification.verify(code).orElse(null);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public boolean isChecked() { return checked; }
    public CertificateVerification.Verified getResult() { return result; }
}
