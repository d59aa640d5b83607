package jp.mamis.ejb.fee;

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
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.WithdrawalAnnouncement;
import jp.mamis.domain.rules.RuleChange;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * 会費減免条件 and 退会時のお知らせ of the caller's own association: every staff member reads them,
 * the association admin adds, changes and removes them. Each change is kept in the rule history
 * ({@link RuleChange}, before and after, shown with the admission rules' history) and the access
 * log, like a change of the admission rules. An id of another association's rule is answered as
 * not found and logged.
 */
@Stateless
public class ReliefRulesService {

    /** Shown for "nothing" before an addition or after a removal. */
    static final String NONE = "-";

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    @Inject
    private ReliefService relief;

    public record RuleRow(long id, long version, ReliefRule.Settings settings) implements Serializable {
    }

    public record AnnouncementRow(long id, long version, WithdrawalAnnouncement.Settings settings) implements Serializable {
    }

    public record SettingsView(String associationName, List<RuleRow> rules, List<AnnouncementRow> announcements)
            implements Serializable {
    }

    @RolesAllowed(Role.Groups.STAFF)
    public SettingsView view() {
        Association a = callers.staff().association();
        List<RuleRow> rules = relief.rulesOf(a).stream().map(r -> new RuleRow(r.getId(), r.getVersion(), r.settings())).toList();
        List<AnnouncementRow> texts = announcementsOf(a).stream()
                .map(w -> new AnnouncementRow(w.getId(), w.getVersion(), w.settings())).toList();
        return new SettingsView(a.getName(), rules, texts);
    }

    private List<WithdrawalAnnouncement> announcementsOf(Association a) {
        return em.createQuery("select w from WithdrawalAnnouncement w where w.association = :a order by w.id",
                WithdrawalAnnouncement.class).setParameter("a", a).getResultList();
    }

    /** Adds a relief rule ({@code id} null) or changes one read at {@code readVersion}; returns its id. */
    @RolesAllowed(Role.Groups.ADMIN)
    public long saveRule(Long id, ReliefRule.Settings settings, long readVersion) {
        Callers.Staff staff = callers.staff();
        Association a = lock(staff);
        if (id == null) {
            ReliefRule r = ReliefRule.of(a, settings);
            em.persist(r);
            em.flush();
            audit(staff, a, NONE, r.describe());
            return r.getId();
        }
        ReliefRule r = own(staff, ReliefRule.class, id, ReliefRule::getAssociation, readVersion, ReliefRule::getVersion);
        String before = r.describe();
        r.change(settings);
        audit(staff, a, before, r.describe());
        return id;
    }

    @RolesAllowed(Role.Groups.ADMIN)
    public void removeRule(long id, long readVersion) {
        Callers.Staff staff = callers.staff();
        Association a = lock(staff);
        ReliefRule r = own(staff, ReliefRule.class, id, ReliefRule::getAssociation, readVersion, ReliefRule::getVersion);
        audit(staff, a, r.describe(), NONE);
        em.remove(r);
    }

    /** Adds an announcement ({@code id} null) or changes one read at {@code readVersion}; returns its id. */
    @RolesAllowed(Role.Groups.ADMIN)
    public long saveAnnouncement(Long id, WithdrawalAnnouncement.Settings settings, long readVersion) {
        Callers.Staff staff = callers.staff();
        Association a = lock(staff);
        if (id == null) {
            WithdrawalAnnouncement w = WithdrawalAnnouncement.of(a, settings);
            em.persist(w);
            em.flush();
            audit(staff, a, NONE, w.describe());
            return w.getId();
        }
        WithdrawalAnnouncement w = own(staff, WithdrawalAnnouncement.class, id, WithdrawalAnnouncement::getAssociation,
                readVersion, WithdrawalAnnouncement::getVersion);
        String before = w.describe();
        w.change(settings);
        audit(staff, a, before, w.describe());
        return id;
    }

    @RolesAllowed(Role.Groups.ADMIN)
    public void removeAnnouncement(long id, long readVersion) {
        Callers.Staff staff = callers.staff();
        Association a = lock(staff);
        WithdrawalAnnouncement w = own(staff, WithdrawalAnnouncement.class, id, WithdrawalAnnouncement::getAssociation,
                readVersion, WithdrawalAnnouncement::getVersion);
        audit(staff, a, w.describe(), NONE);
        em.remove(w);
    }

    /** The association row is the lock every rule change of the association takes (as RulesService does). */
    private Association lock(Callers.Staff staff) {
        return em.find(Association.class, staff.association().getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private <T> T own(Callers.Staff staff, Class<T> type, long id, Function<T, Association> association, long readVersion,
                      java.util.function.ToLongFunction<T> version) {
        T found = em.find(type, id);
        if (found == null || !association.apply(found).getId().equals(staff.association().getId())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    type.getSimpleName() + " " + id);
            throw new MamisException("relief.notFound");
        }
        if (version.applyAsLong(found) != readVersion) {
            throw new MamisException("edit.conflict");
        }
        return found;
    }

    private void audit(Callers.Staff staff, Association a, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        em.persist(new RuleChange(a, staff.loginId(), Instant.now(), cut(before), cut(after)));
        accessLog.record(staff.loginId(), AccessAction.CHANGE_RULES, new AccessLog.Subject(a.getId(), null, null, null), after);
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }
}
