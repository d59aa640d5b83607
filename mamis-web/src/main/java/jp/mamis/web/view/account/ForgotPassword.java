package jp.mamis.web.view.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jp.mamis.ejb.password.PasswordResetService;
import jp.mamis.web.faces.Messages;

/** パスワードをお忘れの方: asks for the registered mail address and answers the same whatever it is. */
@Named
@RequestScoped
public class ForgotPassword {

    @EJB
    private PasswordResetService service;

    @NotBlank
    @Email
    private String email;

    private boolean sent;

    public void send() {
        service.requestReset(email, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        sent = true;
        Messages.info("passwordReset.sent");
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public boolean isSent() { return sent; }
}
