package jp.mamis.ejb.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.PasswordPolicy;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.validation.Format;
import jp.mamis.ejb.account.Accounts;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;
import jp.mamis.ejb.security.PasswordHasher;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The calling admin's own association's staff accounts. Changes lock the association row first,
 * so two admins demoting each other at the same moment cannot leave it without an admin; an
 * account of another association answers "not found" and the attempt is logged.
 */
@Stateless
@RolesAllowed(Role.Groups.ADMIN)
public class StaffAccountService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AccessLog accessLog;

    /** A list row; {@code self} marks the caller's own account. */
    public record Row(long id, long version, String loginId, String name, Role role, boolean disabled, boolean secondFactorSet,
                      LocalDateTime lastLogin, boolean self) implements Serializable {
    }

    /** What the admin enters for a new account. */
    public record NewAccount(String loginId, String name, Role role, String password) implements Serializable {
    }

    public List<Row> list() {
        Callers.Staff staff = callers.staff();
        return em.createQuery("select a from UserAccount a where a.association = :as order by a.loginId", UserAccount.class)
                .setParameter("as", staff.association()).getResultStream()
                .map(a -> new Row(a.getId(), a.getVersion(), a.getLoginId(), a.findStaffName().orElse(""), a.getRole(), a.isDisabled(),
                        a.isSecondFactorConfirmed(), a.findLastLoginAt().map(t -> LocalDateTime.ofInstant(t, JAPAN)).orElse(null),
                        a.getId().equals(staff.account().getId())))
                .toList();
    }

    /** Creates a staff account of the caller's association; returns its login ID. */
    public String create(NewAccount n) {
        Callers.Staff staff = callers.staff();
        String loginId = Format.LOGIN_ID.normalise(n.loginId());
        if (!Format.LOGIN_ID.accepts(loginId)) {
            throw MamisException.forField("loginId", "staff.loginId.invalid");
        }
        String name = ReliefRule.text("name", n.name(), 100, "staff.name.required");
        if (n.role() == null || !n.role().isStaff()) {
            throw MamisException.forField("role", "staff.role.invalid");
        }
        PasswordPolicy.check(n.password(), loginId);
        if (accounts.findByLoginId(loginId).isPresent()) {
            throw MamisException.forField("loginId", "registration.duplicate.loginId");
        }
        UserAccount a = UserAccount.forStaff(staff.association(), loginId, name, n.role(), hasher.hash(n.password()), Instant.now());
        em.persist(a);
        em.flush();
        audit(staff, "create " + loginId + " " + n.role());
        return loginId;
    }

    public void changeRole(long id, long version, Role to) {
        change(id, version, (a, others) -> a.changeRole(to, others), "role " + to);
    }

    public void disable(long id, long version) {
        change(id, version, (a, others) -> a.disable(others), "disable");
    }

    public void enable(long id, long version) {
        change(id, version, (a, others) -> a.enable(), "enable");
    }

    /** The account sets up a new TOTP key at its next sign-in (a lost phone). */
    public void resetSecondFactor(long id, long version) {
        change(id, version, (a, others) -> a.resetSecondFactor(), "reset second factor");
    }

    private interface Change {
        void apply(UserAccount account, long otherActiveAdmins);
    }

    private void change(long id, long version, Change change, String what) {
        Callers.Staff staff = callers.staff();
        Association a = em.find(Association.class, staff.association().getId(), LockModeType.PESSIMISTIC_WRITE);
        UserAccount target = em.find(UserAccount.class, id);
        if (target == null || target.findAssociation().filter(x -> x.getId().equals(a.getId())).isEmpty()) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(a.getId(), null, null, null), "staff account " + id);
            throw new MamisException("staff.notFound");
        }
        em.refresh(target);
        if (target.getVersion() != version) {
            throw new MamisException("staff.conflict");
        }
        long others = em.createQuery("select count(x) from UserAccount x where x.association = :as and x.role = :admin"
                        + " and x.disabled = false and x.id <> :id", Long.class)
                .setParameter("as", a).setParameter("admin", Role.STAFF_ADMIN).setParameter("id", target.getId())
                .getSingleResult();
        change.apply(target, others);
        audit(staff, what + " " + target.getLoginId());
    }

    private void audit(Callers.Staff staff, String detail) {
        accessLog.record(staff.loginId(), AccessAction.CHANGE_STAFF, new AccessLog.Subject(staff.association().getId(), null, null, null),
                detail);
    }
}
