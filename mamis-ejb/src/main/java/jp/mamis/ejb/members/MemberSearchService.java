package jp.mamis.ejb.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.fee.ReliefRule;
import jp.mamis.domain.fee.ReliefSubject;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipEvent;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.domain.membership.Origin;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.audit.AccessLog;
import jp.mamis.ejb.fee.ReliefService;
import jp.mamis.ejb.regchange.RegistrationChanges;
import jp.mamis.ejb.registration.ContactForm;
import jp.mamis.ejb.registration.InputCheck;

import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * 会員検索 for the secretariat of one association: search (paged, sorted, counted and broken
 * down in the database), member detail with the membership history, edit of contact data and
 * category by operators (optimistic locking), and downloads of the current result. The
 * association is always the signed-in staff's own: a member of another association is found by
 * no filter, row, id or download, and an id outside it answers "not found" and is logged as a
 * denial. Every page, detail, change and download is written to the access log.
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class MemberSearchService {

    private static final Logger LOG = Logger.getLogger(MemberSearchService.class.getName());
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AccessLog accessLog;

    @Inject
    private MemberQueries queries;

    @Inject
    private ReliefService relief;

    @Inject
    private RegistrationChanges registrationChanges;

    @Inject
    private InputCheck inputCheck;

    @Inject
    private LabelSheetPdf labelSheet;

    private static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    // ---- search

    /** A row of the search result, with the relief the member gets in the chosen fiscal year. */
    public record MemberRow(long membershipId, long doctorId, String registrationNumber, String name, String nameKana,
                            String category, MembershipStatus status, String facility, LocalDate joinDate,
                            LocalDate leaveDate, boolean resident, LocalDate trainingEnd, List<ReliefService.Relief> reliefs)
            implements Serializable {
    }

    /** How many of the association's memberships match (the table's row count). */
    public long count(MemberCriteria c) {
        return queries.count(callers.staff().association(), c, today());
    }

    /** One page of the result; the criteria and the doctors shown are written to the access log. */
    public List<MemberRow> search(MemberCriteria c, MemberQueries.Sort sort, FiscalYear fy, int first, int pageSize) {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        int size = Math.max(1, Math.min(pageSize, 100));
        List<Membership> page = queries.page(a, c, sort, first, size, today());
        List<ReliefRule> rules = relief.rulesOf(a);
        List<MemberRow> rows = page.stream().map(m -> {
            Doctor d = m.getDoctor();
            ReliefSubject s = ReliefSubject.of(d, m.getCategory());
            return new MemberRow(m.getId(), d.getId(), d.getRegistrationNumber(), d.getName().getFull(),
                    d.getName().getFullKana(), m.getCategory().label(), m.getStatus(), m.getFacility().getName(),
                    m.findJoinDate().orElse(null), m.findLeaveDate().orElse(null), s.isResident(), d.trainingEnd(),
                    ReliefService.reliefs(rules, s, fy));
        }).toList();
        String ids = page.stream().map(m -> String.valueOf(m.getDoctor().getId())).collect(Collectors.joining(","));
        // the log keeps the first 500 characters of the detail: the criteria first
        accessLog.record(staff.loginId(), AccessAction.SEARCH_MEMBERS, new AccessLog.Subject(a.getId(), null, null, null),
                "会員検索 " + c.toQuery() + " " + first + "+" + rows.size() + " doctors=" + ids);
        return rows;
    }

    /** The 内訳 of the result by category and by sex (members with no recorded sex counted apart). */
    public MemberQueries.Breakdown breakdown(MemberCriteria c) {
        return queries.breakdown(callers.staff().association(), c, today());
    }

    // ---- detail and edit

    /** One entry of a membership's history as shown. */
    public record HistoryEntry(MembershipEvent.Kind kind, LocalDate date, Origin.Cause cause, String categoryBefore,
                               String categoryAfter, String facilityBefore, String facilityAfter, Instant recordedAt)
            implements Serializable {
    }

    /** A membership of the member at the staff's association, with its history. */
    public record MembershipView(long id, String association, String facility, MemberCategory category, String categoryLabel,
                                 MembershipStatus status, LocalDate joinDate, LocalDate leaveDate, long version,
                                 List<HistoryEntry> history) implements Serializable {
    }

    /** What the detail page shows and edits. */
    public record MemberDetail(long doctorId, String registrationNumber, LocalDate registrationDate, String name,
                               String kana, String formerName, String formerKana, boolean useFormerNameOnMail, String sex,
                               LocalDate birthDate, String address, String tel, String mobile, String fax, String email,
                               String graduationUniversity, LocalDate graduationDate, long doctorVersion,
                               ContactForm contact, List<MembershipView> memberships) implements Serializable {
        /** The active membership at the association, the one whose category can be changed. */
        public MembershipView active() {
            return memberships.stream().filter(m -> m.status() == MembershipStatus.ACTIVE).findFirst().orElse(null);
        }
    }

    /** A member of the staff's association (active or former); anything else is "not found" and logged. */
    public MemberDetail detail(long doctorId) {
        Callers.Staff staff = callers.staff();
        Doctor d = ownMember(staff, doctorId);
        accessLog.record(staff.loginId(), AccessAction.VIEW_MEMBER,
                new AccessLog.Subject(staff.association().getId(), d.getId(), null, null), "会員詳細");
        return detailOf(d, staff.association());
    }

    private static MemberDetail detailOf(Doctor d, Association a) {
        List<MembershipView> ms = d.getMemberships().stream().filter(m -> m.getAssociation().equals(a))
                .sorted(Comparator.comparing(Membership::isActive).reversed().thenComparing(Membership::getId))
                .map(m -> new MembershipView(m.getId(), m.getAssociation().getName(), m.getFacility().getName(),
                        m.getCategory(), m.getCategory().label(), m.getStatus(), m.findJoinDate().orElse(null),
                        m.findLeaveDate().orElse(null), m.getVersion(), m.getEvents().stream().map(e -> new HistoryEntry(
                                e.getKind(), e.findEffectiveDate().orElse(null), e.getCause(),
                                e.findCategoryBefore().map(MemberCategory::label).orElse(null),
                                e.findCategoryAfter().map(MemberCategory::label).orElse(null),
                                e.findFacilityBefore().orElse(null), e.findFacilityAfter().orElse(null), e.getRecordedAt()))
                        .toList()))
                .toList();
        var former = d.findFormerName();
        return new MemberDetail(d.getId(), d.getRegistrationNumber(), d.getRegistrationDate(), d.getName().getFull(),
                d.getName().getFullKana(), former.map(n -> n.getFull()).orElse(null), former.map(n -> n.getFullKana()).orElse(null),
                d.isUseFormerNameOnMail(), d.findSex().map(Enum::name).orElse(null), d.getBirthDate(),
                d.getAddress().getOneLine(), d.getContact().tel(), d.getContact().mobile(), d.getContact().fax(), d.getEmail(),
                d.getGraduationUniversity(), d.getGraduationDate(), d.getVersion(), ContactForm.of(d.getContact()), ms);
    }

    /**
     * An operator's change of a member's contact data and of the category of the member's active
     * membership at the association. Refused as {@code edit.conflict} when the doctor or the
     * membership changed since they were read (the versions of the detail), so the second of
     * two concurrent edits changes nothing. The contact change is shown to the member's other
     * associations like the member's own (登録情報の変更); a category change is recorded in the
     * membership's history as CATEGORY_REVIEW from today.
     *
     * @param category the new category, or null to leave it
     */
    @RolesAllowed(Role.Groups.OPERATOR)
    public MemberDetail edit(long doctorId, ContactForm contact, MemberCategory category, long doctorVersion,
                             long membershipVersion) {
        Callers.Staff staff = callers.staff();
        Doctor d = ownMember(staff, doctorId);
        Membership active = d.getMemberships().stream()
                .filter(m -> m.isActive() && m.getAssociation().equals(staff.association())).findFirst().orElse(null);
        if (d.getVersion() != doctorVersion || (active != null && active.getVersion() != membershipVersion)) {
            throw new MamisException("edit.conflict");
        }
        inputCheck.check(contact);
        contact.normalise();
        var to = contact.toContact();
        long others = em.createQuery("select count(x) from Doctor x where lower(x.email) = lower(:e) and x <> :me", Long.class)
                .setParameter("e", to.email()).setParameter("me", d).getSingleResult();
        if (others > 0) {
            throw MamisException.forField("email", "registration.duplicate.email");
        }
        StringBuilder what = new StringBuilder("会員情報の変更");
        if (!sameContact(to, d.getContact())) {
            what.append(" 連絡先");
        }
        registrationChanges.recordContact(d, to, staff.loginId()); // records nothing when nothing changed
        if (category != null && active != null && category != active.getCategory()) {
            what.append(" 会員区分 ").append(active.getCategory().label()).append("→").append(category.label());
            active.changeCategory(category, today(),
                    new Origin(Origin.Cause.CATEGORY_REVIEW, null, staff.loginId(), Instant.now()));
        } else if (category != null && active == null) {
            throw new MamisException("membership.notActive", staff.association().getName());
        }
        accessLog.record(staff.loginId(), AccessAction.CHANGE_MEMBER,
                new AccessLog.Subject(staff.association().getId(), d.getId(), null, null), what.toString());
        try {
            em.flush(); // a concurrent commit since the check fails here; and the new versions, for the page
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new MamisException("edit.conflict");
        }
        return detailOf(d, staff.association());
    }

    private static boolean sameContact(jp.mamis.domain.doctor.Contact a, jp.mamis.domain.doctor.Contact b) {
        return a.address().getOneLine().equals(b.address().getOneLine()) && java.util.Objects.equals(a.tel(), b.tel())
                && java.util.Objects.equals(a.mobile(), b.mobile()) && java.util.Objects.equals(a.fax(), b.fax())
                && a.email().equals(b.email());
    }

    private Doctor ownMember(Callers.Staff staff, long doctorId) {
        Doctor d = em.find(Doctor.class, doctorId);
        if (d == null || d.getMemberships().stream().noneMatch(m -> m.getAssociation().equals(staff.association())
                && m.getStatus() != MembershipStatus.PENDING)) {
            accessLog.denied(staff.loginId(), new AccessLog.Subject(staff.association().getId(), null, null, null),
                    "member " + doctorId);
            throw new MamisException("member.notFound");
        }
        return d;
    }

    // ---- downloads

    /** A download's outcome: rows written and the characters the encoding could not hold. */
    public record ExportResult(long rows, EncodingReport report, boolean complete) implements Serializable {
    }

    /**
     * The encoding report of a CSV download without downloading it: which characters of the
     * result the encoding cannot hold (shown before the download). Logged with the row count.
     */
    public EncodingReport check(MemberCriteria c, ExportKind kind, CsvEncoding encoding) {
        return csv(c, kind, encoding, OutputStream.nullOutputStream(), "文字確認").report();
    }

    /**
     * Streams the result as CSV to {@code out}, reading the rows through one cursor: memory stays flat.
     * Logged with the row count. A client that goes away ends the export (logged as incomplete).
     */
    public ExportResult csv(MemberCriteria c, ExportKind kind, CsvEncoding encoding, OutputStream out) {
        return csv(c, kind, encoding, out, "ダウンロード");
    }

    private ExportResult csv(MemberCriteria c, ExportKind kind, CsvEncoding encoding, OutputStream out, String what) {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        CsvWriter w = new CsvWriter(out, encoding);
        boolean complete = true;
        long rows;
        try {
            w.header(kind.columns());
            rows = queries.forEach(a, c, today(), r -> w.row(kind.fields(r), r.registrationNumber()));
            w.flush();
        } catch (UncheckedIOException | MemberQueries.SinkFailed e) {
            LOG.info(() -> "Export ended by the client: " + e.getMessage());
            complete = false;
            rows = w.report().rows();
        }
        long n = rows;
        accessLog.record(staff.loginId(), AccessAction.EXPORT_MEMBERS, new AccessLog.Subject(a.getId(), null, null, null),
                kind.title() + " CSV " + encoding.parameter() + " " + what + " rows=" + n + " unmappable=" + w.report().count()
                        + (complete ? "" : " incomplete") + " " + c.toQuery());
        return new ExportResult(n, w.report(), complete);
    }

    /** Streams the result as a sheet of address labels (PDF, 12 a page). Logged with the row count. */
    public long labelSheet(MemberCriteria c, OutputStream out) {
        Callers.Staff staff = callers.staff();
        Association a = staff.association();
        LocalDate today = today();
        long n;
        boolean complete = true;
        try {
            n = labelSheet.write(out, sink -> queries.forEach(a, c, today, sink));
        } catch (UncheckedIOException | MemberQueries.SinkFailed e) {
            LOG.info(() -> "Label sheet ended by the client: " + e.getMessage());
            complete = false;
            n = -1;
        }
        accessLog.record(staff.loginId(), AccessAction.EXPORT_MEMBERS, new AccessLog.Subject(a.getId(), null, null, null),
                "宛名ラベルPDF rows=" + n + (complete ? "" : " incomplete") + " " + c.toQuery());
        return n;
    }

    /** The file name of a download: what, the association's code and today, e.g. 会員台帳_14100_2026-11-23.csv. */
    public String fileName(String title, String extension) {
        return title + "_" + callers.staff().association().getCode() + "_" + today() + "." + extension;
    }
}
