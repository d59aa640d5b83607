package jp.mamis.web.security;

import jp.mamis.domain.account.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the Faces page {@code /login.xhtml}: a protected page sends the browser there
 * (redirect, so the login page has its own URL) and back after a successful login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Groups.MEMBER, Role.Groups.STAFF, Role.Groups.OPERATOR, Role.Groups.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
