package jp.mamis.ejb.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.domain.account.Role;
import jp.mamis.ejb.account.LoginService;

import java.io.IOException;

/**
 * Lets an in-container test act as a signed-in user: the same Jakarta Security set-up the web
 * module has (custom form mechanism, an identity store over {@link LoginService}), and a filter
 * that keeps the Arquillian runner's request and response so a test can call
 * {@link SecurityContext#authenticate} like the login page does.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login"))
@DeclareRoles({Role.Groups.MEMBER, Role.Groups.STAFF, Role.Groups.OPERATOR, Role.Groups.ADMIN})
public class TestSecurity implements IdentityStore {

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Inject
    LoginService login;

    @Inject
    SecurityContext securityContext;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential c) {
            return login.authenticate(c.getCaller(), c.getPasswordAsString(), "it")
                    .map(s -> new CredentialValidationResult(s.loginId(), s.groups()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** Signs in for the rest of the current test request; fails the test when refused. */
    public void signIn(String loginId, String password) {
        try {
            if (REQUEST.get().getUserPrincipal() != null) {
                REQUEST.get().logout();
            }
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        AuthenticationStatus status = securityContext.authenticate(REQUEST.get(), RESPONSE.get(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(loginId, password))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("sign-in of " + loginId + " refused: " + status);
        }
    }

    @Inject
    jp.mamis.ejb.account.SecondFactorService secondFactorService;

    @Inject
    jp.mamis.ejb.account.SecondFactor secondFactor;

    /** The newest TOTP step each staff account used, so every sign-in uses a code not used before. */
    private static final java.util.Map<String, Long> USED_STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Signs in a staff account whose TOTP key is {@link Fixture#STAFF_SECRET} and gives its second
     * factor, unless this session already did. Each code works once, so a later step is used when
     * the current one was (the server accepts one step ahead for clock drift).
     */
    public void signInStaff(String loginId) {
        signIn(loginId, Fixture.PASSWORD);
        if (secondFactor.isVerified(loginId)) {
            return;
        }
        long now = jp.mamis.domain.account.Totp.step(java.time.Instant.now());
        long step = Math.max(now - 1, USED_STEPS.getOrDefault(loginId, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            throw new IllegalStateException("no unused TOTP code left for " + loginId + " in this 30-second step");
        }
        USED_STEPS.put(loginId, step);
        secondFactorService.verify(jp.mamis.domain.account.Totp.code(Fixture.STAFF_SECRET, step));
    }

    /** Keeps each request and response for {@link #signIn}. */
    @WebFilter("/*")
    public static class Holder implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            REQUEST.set((HttpServletRequest) request);
            RESPONSE.set((HttpServletResponse) response);
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST.remove();
                RESPONSE.remove();
            }
        }
    }
}
