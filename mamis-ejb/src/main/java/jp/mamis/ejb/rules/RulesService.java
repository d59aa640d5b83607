package jp.mamis.ejb.rules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.domain.rules.RuleChange;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * 医師会ごとの独自ルール. Any caller's services read an association's rules through
 * {@link #rulesOf}; the association's own admin changes them. A change applies to applications
 * filed after it: they are checked against the rules at the time they are saved or filed.
 */
@Stateless
public class RulesService {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    /** The stored rules of an association, or its defaults (not stored) when its admin never changed them. */
    public AssociationRules rulesOf(Association a) {
        return em.createQuery("select r from AssociationRules r where r.association = :a", AssociationRules.class)
                .setParameter("a", a).getResultStream().findFirst()
                .orElseGet(() -> AssociationRules.defaults(a));
    }

    /** The settings screen's content for the caller's own association. */
    @RolesAllowed(Role.Groups.STAFF)
    public RulesView view() {
        Association a = callers.staff().association();
        AssociationRules r = rulesOf(a);
        List<RulesView.Change> history = em.createQuery(
                        "select c from RuleChange c where c.association = :a order by c.changedAt desc, c.id desc", RuleChange.class)
                .setParameter("a", a).setMaxResults(50).getResultStream()
                .map(c -> new RulesView.Change(jp.mamis.ejb.application.Applications.japan(c.getChangedAt()), c.getChangedBy(), c.getBefore(), c.getAfter()))
                .toList();
        return new RulesView(a.getName(), a.getTier().level(), r.settings(), r.getVersion(), history);
    }

    /**
     * Replaces the caller's association's rules. Refused when someone else saved since
     * {@code readVersion}; the before and after are kept in the rule history and access log.
     */
    @RolesAllowed(Role.Groups.ADMIN)
    public void change(AssociationRules.Settings settings, long readVersion) {
        Callers.Staff staff = callers.staff();
        Association a = em.find(Association.class, staff.association().getId(), LockModeType.PESSIMISTIC_WRITE);
        AssociationRules r = rulesOf(a);
        if (r.getVersion() != readVersion) {
            throw new MamisException("edit.conflict");
        }
        String before = r.describe();
        r.change(settings);
        String after = r.describe();
        if (before.equals(after)) {
            return;
        }
        if (r.getId() == null) {
            em.persist(r);
        }
        em.persist(new RuleChange(a, staff.loginId(), Instant.now(), before, after));
        accessLog.record(staff.loginId(), AccessAction.CHANGE_RULES, new AccessLog.Subject(a.getId(), null, null, null), after);
    }

    /** What the settings screen shows. */
    public record RulesView(String associationName, int tier, AssociationRules.Settings settings, long version,
                            List<Change> history) implements Serializable {

        public record Change(java.time.LocalDateTime at, String by, String before, String after) implements Serializable {
        }
    }
}
