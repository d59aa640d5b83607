package jp.mamis.web.view.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.TermsVersion;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** 利用規約への同意, asked at the first login after a new terms version. */
@Named
@ViewScoped
public class Consent implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ConsentService consentService;

    @Inject
    private ExternalContext external;

    private boolean agreed;
    private int termsVersion;
    private String termsText;
    private String privacyText;

    public void load() throws IOException {
        if (external.getRemoteUser() == null) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return;
        }
        if (termsText == null) {
            TermsVersion terms = consentService.currentTerms();
            termsVersion = terms.getVersionNumber();
            termsText = terms.getTermsText();
            privacyText = terms.getPrivacyText();
        }
    }

    public void consent() throws IOException {
        if (!agreed) {
            Messages.error("consentForm:agreed", "consent.notTicked");
            return;
        }
        try {
            consentService.consent(external.getRemoteUser(), termsVersion,
                    ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            external.redirect(external.getRequestContextPath() + "/member/mypage.xhtml");
        } catch (MamisException e) {
            termsText = null;
            load();
            Messages.error("consentForm", e);
        }
    }

    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean v) { agreed = v; }
    public int getTermsVersion() { return termsVersion; }
    public String getTermsText() { return termsText; }
    public String getPrivacyText() { return privacyText; }
}
