package jp.mamis.web.view.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.PasswordPolicy;
import jp.mamis.domain.account.TermsVersion;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.registration.RegistrationForm;
import jp.mamis.ejb.registration.RegistrationService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 利用者登録 in three steps: consent to the terms (required checkbox), the registration form,
 * and a confirmation before the account is created.
 */
@Named
@ViewScoped
public class Registration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Step { CONSENT, INPUT, CONFIRM }

    @EJB
    private ConsentService consentService;

    @EJB
    private RegistrationService registrationService;

    @Inject
    private ExternalContext external;

    private Step step = Step.CONSENT;
    private boolean agreed;
    private int termsVersion;
    private String termsText;
    private String privacyText;
    private final RegistrationForm form = new RegistrationForm();
    private String passwordConfirmation;

    public void load() {
        if (termsText == null) {
            TermsVersion terms = consentService.currentTerms();
            termsVersion = terms.getVersionNumber();
            termsText = terms.getTermsText();
            privacyText = terms.getPrivacyText();
        }
    }

    public void toInput() {
        if (!agreed) {
            Messages.error("registrationForm:agreed", "consent.notTicked");
            return;
        }
        step = Step.INPUT;
    }

    public void toConfirm() {
        try {
            form.normalise();
            if (passwordConfirmation == null || !passwordConfirmation.equals(form.getPassword())) {
                throw MamisException.forField("passwordConfirmation", "password.mismatch");
            }
            PasswordPolicy.check(form.getPassword(), form.getLoginId());
            Doctor.checkDates(form.getBirthDate(), form.getGraduationDate(), form.getRegistrationDate(),
                    LocalDate.now(ZoneId.of("Asia/Tokyo")));
            step = Step.CONFIRM;
        } catch (MamisException e) {
            Messages.error("registrationForm", e);
        }
    }

    public void backToInput() {
        step = Step.INPUT;
    }

    public void register() throws IOException {
        try {
            registrationService.register(form, termsVersion,
                    ((HttpServletRequest) external.getRequest()).getRemoteAddr(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered=true");
        } catch (MamisException e) {
            if ("consent.termsChanged".equals(e.getKey())) {
                termsText = null;
                agreed = false;
                load();
                step = Step.CONSENT;
            } else {
                step = Step.INPUT;
            }
            Messages.error("registrationForm", e);
        }
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Prefecture[] getPrefectures() {
        return Prefecture.values();
    }

    public Step getStep() { return step; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean v) { agreed = v; }
    public int getTermsVersion() { return termsVersion; }
    public String getTermsText() { return termsText; }
    public String getPrivacyText() { return privacyText; }
    public RegistrationForm getForm() { return form; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
}
