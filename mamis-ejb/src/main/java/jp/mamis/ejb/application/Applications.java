package jp.mamis.ejb.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationAttachment;
import jp.mamis.domain.application.ApplicationLine;
import jp.mamis.domain.application.ApplicationStatus;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The queries on applications and the mapping to their views. Callers check who may see what. */
@Stateless
public class Applications {

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    public Optional<Application> find(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    /**
     * Loads for a change: the row is locked and re-read, so concurrent changes of one application
     * run one after the other and each sees the one before. Call {@link #touch} once the change
     * is allowed, so the version (which screens send back) moves on.
     */
    public Optional<Application> findForChange(long id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            return Optional.empty();
        }
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(a);
    }

    /** Makes the application's version increase when the transaction commits, even if only its lines changed. */
    public void touch(Application a) {
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public Optional<Application> findBySubmissionKey(Doctor d, String key) {
        return em.createQuery("select a from Application a where a.doctor = :d and a.submissionKey = :k", Application.class)
                .setParameter("d", d).setParameter("k", key).getResultStream().findFirst();
    }

    public List<Application> ofDoctor(Doctor d) {
        return em.createQuery("select a from Application a where a.doctor = :d order by a.createdAt desc, a.id desc",
                        Application.class)
                .setParameter("d", d).getResultList();
    }

    /**
     * Filed, undecided applications of the doctor other than {@code ap} that it cannot go ahead
     * beside: those asking something of one of its associations, and those made through one of its
     * facilities (the same chain) — one open procedure per chain, so none of them can be left
     * unable to take effect by another.
     */
    public List<Application> openAlongside(Doctor d, Application ap) {
        java.util.Set<jp.mamis.domain.membership.Facility> facilities = new java.util.HashSet<>();
        facilities.add(ap.getFacility());
        ap.findSourceFacility().ifPresent(facilities::add);
        return openOn(d, facilities, ap.associations(), ap);
    }

    /** Filed, undecided applications of the doctor made through the facility or asking something of its chain. */
    public List<Application> openThrough(Doctor d, jp.mamis.domain.membership.Facility f) {
        java.util.Set<Association> chain = new java.util.HashSet<>();
        d.currentThrough(f).forEach(m -> chain.add(m.getAssociation()));
        return openOn(d, java.util.Set.of(f), chain, null);
    }

    private List<Application> openOn(Doctor d, java.util.Set<jp.mamis.domain.membership.Facility> facilities,
                                     java.util.Set<Association> associations, Application except) {
        return em.createQuery("select a from Application a where a.doctor = :d and a.status in :open", Application.class)
                .setParameter("d", d)
                .setParameter("open", List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.RETURNED))
                .getResultStream()
                .filter(a -> !a.equals(except))
                .filter(a -> a.associations().stream().anyMatch(associations::contains)
                        || facilities.contains(a.getFacility())
                        || a.findSourceFacility().filter(facilities::contains).isPresent())
                .toList();
    }

    /**
     * Associations the doctor is waiting to join through filed applications (other than
     * {@code except}): they count for the multiple-membership rule like memberships.
     */
    public java.util.Set<Association> pendingAssociations(Doctor d, Application except) {
        return em.createQuery("select l from ApplicationLine l where l.application.doctor = :d"
                        + " and l.application.status in :open and l.status = :pending and l.kind = :join", ApplicationLine.class)
                .setParameter("join", jp.mamis.domain.application.LineKind.JOIN)
                .setParameter("d", d)
                .setParameter("open", List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.RETURNED))
                .setParameter("pending", jp.mamis.domain.application.LineStatus.PENDING)
                .getResultStream().filter(l -> !l.getApplication().equals(except))
                .map(ApplicationLine::getAssociation)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Every filed application with a line for the association, newest first (never a draft, also not a cancelled one). */
    public List<ApplicationLine> linesOf(Association a) {
        return em.createQuery("select l from ApplicationLine l join fetch l.application ap where l.association = :a"
                        + " and ap.submittedAt is not null order by ap.submittedAt desc, ap.id desc", ApplicationLine.class)
                .setParameter("a", a)
                .getResultList();
    }

    /**
     * A list row.
     *
     * @param own   the viewing secretariat's line, or null for the applicant
     * @param stage the queue stage of that line (the review service decides it), or null
     */
    public ApplicationSummary summary(Application ap, ApplicationLine own, String stage) {
        Doctor d = ap.getDoctor();
        return new ApplicationSummary(ap.getId(), ap.getType().name(), ap.getStatus().name(), d.getName().getFull(),
                d.getRegistrationNumber(),
                ap.getLines().stream().map(l -> l.getAssociation().getName()).collect(Collectors.joining(" → ")),
                ap.findRequestedStartDate().orElse(null), japan(ap.findSubmittedAt().orElse(null)),
                own == null ? null : own.getStatus().name(), stage);
    }

    /**
     * The detail view.
     *
     * @param viewer      the secretariat viewing, or null for the applicant
     * @param attachments which attachments the viewer may see
     */
    public ApplicationDetail detail(Application ap, Association viewer, Predicate<ApplicationAttachment> attachments) {
        Doctor d = ap.getDoctor();
        PersonName former = d.findFormerName().orElse(null);
        var c = d.getContact();
        ApplicationDetail.Applicant applicant = new ApplicationDetail.Applicant(d.getId(), d.getRegistrationNumber(),
                d.getRegistrationDate(), d.getName().getFull(), d.getName().getFullKana(),
                former == null ? null : former.getFull(), d.findSex().map(Enum::name).orElse(null), d.getBirthDate(),
                c.address().getOneLine(), c.tel(), c.mobile(), c.email(), d.getGraduationUniversity(), d.getGraduationDate());
        List<ApplicationDetail.Line> lines = ap.getLines().stream().map(l -> new ApplicationDetail.Line(
                l.getAssociation().getId(), l.getAssociation().getName(), l.getAssociation().getTier().level(), l.getKind().name(),
                l.getCategory().label(), l.getStatus().name(), l.findDecidedBy().orElse(null), japan(l.findDecidedAt().orElse(null)),
                l.findReason().orElse(null), ap.isActionableFor(l.getAssociation()))).toList();
        List<ApplicationDetail.Event> events = ap.getEvents().stream().map(e -> new ApplicationDetail.Event(japan(e.getAt()),
                e.getKind().name(), e.getActor(), e.findAssociation().map(Association::getName).orElse(null),
                e.findReason().orElse(null))).toList();
        List<ApplicationDetail.Message> messages = ap.getMessages().stream().map(m -> new ApplicationDetail.Message(
                japan(m.getSentAt()), m.getAuthor(), m.findAssociation().map(Association::getName).orElse(null), m.getBody())).toList();
        List<ApplicationDetail.Attachment> files = ap.getAttachments().stream().filter(attachments)
                .map(x -> new ApplicationDetail.Attachment(x.getId(), x.getKind().name(), x.getOriginalName(),
                        x.getFileType().name(), x.getSize(), x.getSha256(), japan(x.getUploadedAt()),
                        x.getVisibleTo().stream().map(Association::getName).sorted().toList()))
                .toList();
        return new ApplicationDetail(ap.getId(), ap.getType().name(), ap.getStatus().name(), ap.getVersion(), applicant,
                ap.findSourceFacility().map(jp.mamis.domain.membership.Facility::getName).orElse(null), ap.getFacility().getName(), ap.findRequestedStartDate().orElse(null), japan(ap.findSubmittedAt().orElse(null)),
                lines, events, messages, files, viewer != null && ap.isActionableFor(viewer), ap.isEditable(),
                ap.isCancellable());
    }

    /** An instant as Japan's wall-clock time, for screens. */
    public static java.time.LocalDateTime japan(java.time.Instant at) {
        return at == null ? null : java.time.LocalDateTime.ofInstant(at, jp.mamis.ejb.registration.RegistrationService.JAPAN);
    }

    /** An attachment of the application by id, or the same refusal as for a wrong application. */
    public static ApplicationAttachment attachment(Application ap, long attachmentId) {
        return ap.getAttachments().stream().filter(x -> x.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new MamisException("application.notFound"));
    }
}
