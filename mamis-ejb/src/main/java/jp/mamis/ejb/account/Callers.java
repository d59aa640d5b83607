package jp.mamis.ejb.account;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.ejb.consent.ConsentService;

/**
 * Who is calling, as the services need it: the signed-in member's doctor record (after the
 * consent check), or the association a staff account acts for. Every service gets the caller
 * from here, never from a parameter.
 */
@Stateless
public class Callers {

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private ConsentService consent;

    /** A staff caller: the account and the association it acts for. */
    public record Staff(UserAccount account, Association association) {
        public String loginId() {
            return account.getLoginId();
        }

        public Role role() {
            return account.getRole();
        }
    }

    public String loginId() {
        return context.getCallerPrincipal().getName();
    }

    /** The calling member's doctor record; refuses until the member has consented to the terms in force. */
    public Doctor member() {
        String loginId = loginId();
        consent.requireConsent(loginId);
        Doctor d = accounts.getByLoginId(loginId).getDoctor();
        if (d == null) {
            throw new MamisException("account.notFound");
        }
        return d;
    }

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private jakarta.enterprise.inject.spi.BeanManager beans;

    private boolean webSession() {
        try {
            return beans.getContext(jakarta.enterprise.context.SessionScoped.class).isActive();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return false;
        }
    }

    /**
     * The calling staff account and its association; refused until the second factor was given
     * in this browser session. Every web request has a session context; a call without one is a
     * server-side task (a managed executor's) running with the identity of the request that
     * started it, which already passed this check.
     */
    public Staff staff() {
        if (webSession() && !secondFactor.isVerified(loginId())) {
            throw new MamisException("totp.required");
        }
        UserAccount a = accounts.getByLoginId(loginId());
        if (a.isDisabled()) {
            // disabled by the association's admin while signed in: nothing more from this session
            throw new MamisException("account.disabled");
        }
        Association association = a.findAssociation().filter(x -> a.getRole().isStaff())
                .orElseThrow(() -> new MamisException("account.notFound"));
        return new Staff(a, association);
    }
}
