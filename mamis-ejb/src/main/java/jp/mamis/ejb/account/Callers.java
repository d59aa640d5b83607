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

    /** The calling staff account and its association. */
    public Staff staff() {
        UserAccount a = accounts.getByLoginId(loginId());
        Association association = a.findAssociation().filter(x -> a.getRole().isStaff())
                .orElseThrow(() -> new MamisException("account.notFound"));
        return new Staff(a, association);
    }
}
