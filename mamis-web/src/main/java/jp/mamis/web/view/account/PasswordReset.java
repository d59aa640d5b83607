package jp.mamis.web.view.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.password.PasswordResetService;
import jp.mamis.web.faces.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** パスワード再設定 from the link in the mail ({@code ?token=…}). */
@Named
@ViewScoped
public class PasswordReset implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordResetService service;

    @Inject
    private ExternalContext external;

    private String token;
    private boolean usable;
    private String password;
    private String passwordConfirmation;

    public void load() {
        usable = service.isUsable(token);
        if (!usable) {
            Messages.error(null, "passwordReset.invalidLink");
        }
    }

    public void reset() throws IOException {
        if (password == null || !password.equals(passwordConfirmation)) {
            Messages.error("resetForm:passwordConfirmation", "password.mismatch");
            return;
        }
        try {
            service.resetPassword(token, password);
            external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordReset=true");
        } catch (MamisException e) {
            usable = service.isUsable(token);
            Messages.error("resetForm", e);
        }
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public boolean isUsable() { return usable; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String v) { passwordConfirmation = v; }
}
