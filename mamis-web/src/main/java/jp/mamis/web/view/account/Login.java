package jp.mamis.web.view.account;

import jp.mamis.domain.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jp.mamis.web.faces.Messages;

import java.io.IOException;

/** ログイン. Hands the credentials to Jakarta Security, which renews the session id on success. */
@Named
@RequestScoped
public class Login {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private ExternalContext external;

    @NotBlank
    private String loginId;

    @NotBlank
    private String password;

    private boolean expired;
    private boolean registered;
    private boolean loggedOut;
    private boolean passwordReset;

    public void login() throws IOException {
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(loginId.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + (securityContext.isCallerInRole(Role.Groups.STAFF) ? "/second-factor.xhtml" : "/member/mypage.xhtml"));
            default -> Messages.error(null, "login.failed");
        }
    }

    /** Shown above the form when the user arrives from somewhere (logout, expired session, …). */
    public void showArrivalMessage() {
        if (expired) {
            Messages.info("login.expired");
        } else if (registered) {
            Messages.info("login.registered");
        } else if (loggedOut) {
            Messages.info("login.loggedOut");
        } else if (passwordReset) {
            Messages.info("login.passwordReset");
        }
    }

    public String getLoginId() { return loginId; }
    public void setLoginId(String v) { loginId = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public boolean isExpired() { return expired; }
    public void setExpired(boolean v) { expired = v; }
    public boolean isRegistered() { return registered; }
    public void setRegistered(boolean v) { registered = v; }
    public boolean isLoggedOut() { return loggedOut; }
    public void setLoggedOut(boolean v) { loggedOut = v; }
    public boolean isPasswordReset() { return passwordReset; }
    public void setPasswordReset(boolean v) { passwordReset = v; }
}
