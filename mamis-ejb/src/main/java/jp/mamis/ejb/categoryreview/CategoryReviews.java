package jp.mamis.ejb.categoryreview;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.categoryreview.CategoryReviewTask;
import jp.mamis.domain.categoryreview.CategoryTransition;
import jp.mamis.domain.categoryreview.TaskStatus;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.mail.Mail;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Category review at the end of training. {@link #raiseDue} is the daily job's core (any date,
 * so tests can call it); staff of an association see and decide only their own association's
 * tasks and set the training end of their own members; the member reads the notices about their
 * memberships. Every staff view and change is in the access log; another association's id is
 * answered as not found and logged.
 */
@Stateless
public class CategoryReviews {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    @Inject
    private Event<Mail> mail;

    @Inject
    private MamisConfig config;

    /**
     * Raises a task for every active A2(C)/C membership whose doctor's training ended by
     * {@code on} and that has no task for that transition yet, and tells the member by mail.
     * Running it again raises nothing new.
     *
     * @return the number of tasks raised
     */
    @PermitAll
    public int raiseDue(LocalDate on) {
        return raiseDue(on, true);
    }

    /**
     * As {@link #raiseDue(LocalDate)}; {@code tellMembers} false raises the tasks without mail (demo
     * loading at deployment, when the mail session may not be usable yet — the notice shows on My Page).
     */
    @PermitAll
    public int raiseDue(LocalDate on, boolean tellMembers) {
        // the query is a pre-filter (a day of slack for 29 February); the domain decides what is due
        List<Membership> candidates = em.createQuery("select m from Membership m join fetch m.doctor d"
                        + " where m.status = :active and m.category in :residents"
                        + " and ((d.trainingEndDate is null and d.registrationDate <= :latest) or d.trainingEndDate <= :on)"
                        + " and not exists (select t from CategoryReviewTask t where t.membership = m and t.fromCategory = m.category)"
                        + " order by m.id", Membership.class)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("residents", EnumSet.of(MemberCategory.A2_C, MemberCategory.C))
                .setParameter("latest", on.minusYears(Doctor.TRAINING_YEARS).plusDays(1))
                .setParameter("on", on)
                .getResultList();
        Instant now = Instant.now();
        int raised = 0;
        for (Membership m : candidates) {
            if (CategoryTransition.dueOn(m, on).isEmpty()) {
                continue;
            }
            CategoryReviewTask t = CategoryReviewTask.raise(m, on, now);
            em.persist(t);
            raised++;
            Doctor d = m.getDoctor();
            if (!tellMembers) {
                continue;
            }
            mail.fire(new Mail(d.getEmail(), "categoryReview.raised", Locale.JAPANESE, d.getName().getFull(),
                    m.getAssociation().getName(), t.getFrom().label(), t.getTo().label(), DAY.format(t.getDueDate()),
                    config.baseUrl() + "/member/mypage.xhtml"));
        }
        return raised;
    }

    /** A task on the secretariat's list. */
    public record TaskRow(long id, long version, long membershipId, String registrationNumber, String name, String from,
                          String to, LocalDate dueDate, LocalDate joinDate, String trainingNote) implements Serializable {
    }

    /** The calling staff's association's open tasks that are due by today, oldest due first. */
    @RolesAllowed(Role.Groups.STAFF)
    public List<TaskRow> open() {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        List<CategoryReviewTask> tasks = em.createQuery("select t from CategoryReviewTask t join fetch t.membership m"
                        + " join fetch m.doctor where m.association = :a and t.status = :open and t.dueDate <= :today"
                        + " and m.status = :active order by t.dueDate, t.id", CategoryReviewTask.class)
                .setParameter("a", a).setParameter("open", TaskStatus.OPEN).setParameter("today", LocalDate.now(JAPAN))
                // a member who left (or moved away) since the task was raised has nothing left to change here
                .setParameter("active", jp.mamis.domain.membership.MembershipStatus.ACTIVE)
                .setMaxResults(500).getResultList();
        accessLog.record(staff.loginId(), AccessAction.VIEW_MEMBERS, new AccessLog.Subject(a.getId(), null, null, null),
                "会員区分変更タスク " + tasks.size() + "件");
        return tasks.stream().map(t -> {
            Membership m = t.getMembership();
            Doctor d = m.getDoctor();
            return new TaskRow(t.getId(), t.getVersion(), m.getId(), d.getRegistrationNumber(), d.getName().getFull(),
                    t.getFrom().label(), t.getTo().label(), t.getDueDate(), m.findJoinDate().orElse(null),
                    d.findTrainingEndReason().orElse(null));
        }).toList();
    }

    /** Applies the task: the category changes from {@code effective} (the training end date when null). */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void apply(long taskId, LocalDate effective, long readVersion) {
        Callers.Staff staff = callers.staff();
        CategoryReviewTask t = own(staff, taskId, readVersion);
        t.apply(effective, staff.loginId(), Instant.now());
        logDecision(staff, t, t.getFrom().label() + "→" + t.getTo().label() + " from " + t.findEffectiveDate().orElseThrow());
    }

    /** Closes the task without a change, with the reason. */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void dismiss(long taskId, String reason, long readVersion) {
        Callers.Staff staff = callers.staff();
        CategoryReviewTask t = own(staff, taskId, readVersion);
        t.dismiss(reason, staff.loginId(), Instant.now());
        logDecision(staff, t, "dismissed: " + t.findReason().orElseThrow());
    }

    /** The access log entry of a decision on a task (the log cuts the detail to its column). */
    private void logDecision(Callers.Staff staff, CategoryReviewTask t, String what) {
        Membership m = t.getMembership();
        accessLog.record(staff.loginId(), AccessAction.CHANGE_CATEGORY,
                new AccessLog.Subject(m.getAssociation().getId(), m.getDoctor().getId(), null, null), "task " + t.getId() + " " + what);
    }

    private CategoryReviewTask own(Callers.Staff staff, long taskId, long readVersion) {
        // locked: of two decisions at once, the second waits and finds the task closed
        CategoryReviewTask t = em.find(CategoryReviewTask.class, taskId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !t.getMembership().getAssociation().getId().equals(staff.association().getId())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    "category review task " + taskId);
            throw new MamisException("categoryReview.notFound");
        }
        if (t.getVersion() != readVersion) {
            throw new MamisException("edit.conflict");
        }
        return t;
    }

    /** What the training page shows for one member of the caller's association. */
    public record Training(long membershipId, String registrationNumber, String name, String category,
                           LocalDate registrationDate, LocalDate trainingEnd, boolean set, String reason, long doctorVersion)
            implements Serializable {
    }

    /** The training end of a member of the calling staff's association (logged as a view). */
    @RolesAllowed(Role.Groups.STAFF)
    public Training training(long membershipId) {
        Callers.Staff staff = callers.staff();
        Membership m = ownMembership(staff, membershipId);
        Doctor d = m.getDoctor();
        accessLog.record(staff.loginId(), AccessAction.VIEW_MEMBERS,
                new AccessLog.Subject(staff.association().getId(), d.getId(), null, null), "研修修了日");
        return new Training(m.getId(), d.getRegistrationNumber(), d.getName().getFull(), m.getCategory().label(),
                d.getRegistrationDate(), d.trainingEnd(), d.findTrainingEndDate().isPresent(),
                d.findTrainingEndReason().orElse(null), d.getVersion());
    }

    /**
     * Sets the training end of a member of the caller's association (null = two years after the
     * 医籍登録日), with the reason. Open tasks of the doctor move to the new end date.
     */
    @RolesAllowed(Role.Groups.OPERATOR)
    public void changeTraining(long membershipId, LocalDate end, String reason, long readVersion) {
        Callers.Staff staff = callers.staff();
        Membership m = ownMembership(staff, membershipId);
        Doctor d = m.getDoctor();
        if (d.getVersion() != readVersion) {
            throw new MamisException("edit.conflict");
        }
        d.changeTrainingEnd(end, reason);
        em.createQuery("select t from CategoryReviewTask t where t.membership.doctor = :d and t.status = :open",
                        CategoryReviewTask.class)
                .setParameter("d", d).setParameter("open", TaskStatus.OPEN).getResultList()
                .forEach(t -> t.reschedule(d.trainingEnd()));
        accessLog.record(staff.loginId(), AccessAction.CHANGE_TRAINING,
                new AccessLog.Subject(staff.association().getId(), d.getId(), null, null),
                "研修修了日 " + d.trainingEnd() + "：" + d.findTrainingEndReason().orElse(""));
    }

    private Membership ownMembership(Callers.Staff staff, long membershipId) {
        Membership m = em.find(Membership.class, membershipId);
        if (m == null || !m.isActive() || !m.getAssociation().getId().equals(staff.association().getId())) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    "membership " + membershipId);
            throw new MamisException("member.notFound");
        }
        return m;
    }

    /** A notice on the member's My Page. */
    public record Notice(String associationName, String from, String to, LocalDate dueDate, String status,
                         LocalDate effectiveDate) implements Serializable {
        /** The day the notice names, as written on screens: the change's effective date once applied, else the training end. */
        public String day() {
            return DAY.format("APPLIED".equals(status) && effectiveDate != null ? effectiveDate : dueDate);
        }
    }

    /** The signed-in member's category changes at the end of training: open and applied ones, newest first. */
    @RolesAllowed(Role.Groups.MEMBER)
    public List<Notice> myNotices() {
        Doctor d = callers.member();
        return em.createQuery("select t from CategoryReviewTask t join fetch t.membership m where m.doctor = :d"
                        + " and t.status <> :dismissed order by t.raisedAt desc, t.id desc", CategoryReviewTask.class)
                .setParameter("d", d).setParameter("dismissed", TaskStatus.DISMISSED).getResultList().stream()
                .map(t -> new Notice(t.getMembership().getAssociation().getName(), t.getFrom().label(), t.getTo().label(),
                        t.getDueDate(), t.getStatus().name(), t.findEffectiveDate().orElse(null)))
                .toList();
    }
}
