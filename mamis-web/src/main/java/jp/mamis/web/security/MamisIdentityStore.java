package jp.mamis.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jp.mamis.ejb.account.LoginService;

/** Validates login ID and password through {@link LoginService}; the caller's groups are its roles. */
@ApplicationScoped
public class MamisIdentityStore implements IdentityStore {

    @EJB
    private LoginService loginService;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return loginService.authenticate(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr())
                .map(s -> new CredentialValidationResult(s.loginId(), s.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
