package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.members.CsvEncoding;
import jp.mamis.ejb.members.EncodingReport;
import jp.mamis.ejb.members.ExportKind;
import jp.mamis.ejb.members.MemberCriteria;
import jp.mamis.ejb.members.MemberQueries;
import jp.mamis.ejb.members.MemberSearchService;
import jp.mamis.web.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * 会員検索（会員一覧）: the filters, the lazy result table (each page one service call — sorted,
 * paged and logged in the service), the 内訳 of the result, the relief per fiscal year, and
 * the downloads of the result with the encoding report shown before a CSV is fetched.
 */
@Named
@ViewScoped
public class MemberSearch implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private MemberSearchService service;

    private String name;
    private String registrationNumber;
    private String facility;
    private List<MemberCategory> categories = new ArrayList<>();
    private MemberCriteria.Status status = MemberCriteria.Status.ACTIVE;
    private Integer graduationYear;
    private Integer ageFrom;
    private Integer ageTo;
    private LocalDate joinedFrom;
    private LocalDate joinedTo;
    private int fiscalYear = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).year();

    private MemberCriteria criteria = MemberCriteria.active();
    private MemberQueries.Breakdown breakdown;
    private CsvEncoding encoding = CsvEncoding.UTF8_BOM;
    private ExportKind exportKind = ExportKind.LEDGER;
    private EncodingReport report;

    private final LazyDataModel<MemberSearchService.MemberRow> members = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.count(criteria));
        }

        @Override
        public List<MemberSearchService.MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                        Map<String, FilterMeta> filterBy) {
            MemberQueries.Sort sort = sortBy.values().stream().findFirst()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .map(s -> new MemberQueries.Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING))
                    .orElse(MemberQueries.Sort.KANA);
            return service.search(criteria, sort, new FiscalYear(fiscalYear), first, pageSize);
        }

        @Override
        public String getRowKey(MemberSearchService.MemberRow row) {
            return String.valueOf(row.membershipId());
        }
    };

    /** Applies the filters: the table starts again at its first page, the 内訳 follows. */
    public void search() {
        criteria = new MemberCriteria(name, registrationNumber, facility,
                categories.isEmpty() ? EnumSet.noneOf(MemberCategory.class) : EnumSet.copyOf(categories), status,
                graduationYear, ageFrom, ageTo, joinedFrom, joinedTo);
        report = null;
        breakdown = null;
    }

    /** Clears every filter. */
    public void clear() {
        name = registrationNumber = facility = null;
        categories = new ArrayList<>();
        status = MemberCriteria.Status.ACTIVE;
        graduationYear = ageFrom = ageTo = null;
        joinedFrom = joinedTo = null;
        search();
    }

    /** Shows the 内訳 of the current result. */
    public void showBreakdown() {
        try {
            breakdown = service.breakdown(criteria);
        } catch (MamisException e) {
            Messages.error("membersForm", e);
        }
    }

    /** Checks which characters of the chosen CSV the chosen encoding cannot hold (before downloading). */
    public void check() {
        try {
            report = service.check(criteria, exportKind, encoding);
        } catch (MamisException e) {
            Messages.error("membersForm", e);
        }
    }

    /** The download URL of the current result (relative to the context path); the servlet asks the service again. */
    public String exportUrl(String kind) {
        return "/staff/member-export?kind=" + kind + "&enc=" + encoding.parameter() + "&" + criteria.toQuery();
    }

    public List<Integer> getFiscalYears() {
        int now = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).year();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public MemberCategory[] getCategoryValues() { return MemberCategory.values(); }
    public MemberCriteria.Status[] getStatusValues() { return MemberCriteria.Status.values(); }
    public CsvEncoding[] getEncodings() { return CsvEncoding.values(); }
    public ExportKind[] getExportKinds() { return ExportKind.values(); }
    public LazyDataModel<MemberSearchService.MemberRow> getMembers() { return members; }
    public MemberQueries.Breakdown getBreakdown() { return breakdown; }
    public EncodingReport getReport() { return report; }
    public MemberCriteria getCriteria() { return criteria; }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { facility = v; }
    public List<MemberCategory> getCategories() { return categories; }
    public void setCategories(List<MemberCategory> v) { categories = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public MemberCriteria.Status getStatus() { return status; }
    public void setStatus(MemberCriteria.Status v) { status = v; }
    public Integer getGraduationYear() { return graduationYear; }
    public void setGraduationYear(Integer v) { graduationYear = v; }
    public Integer getAgeFrom() { return ageFrom; }
    public void setAgeFrom(Integer v) { ageFrom = v; }
    public Integer getAgeTo() { return ageTo; }
    public void setAgeTo(Integer v) { ageTo = v; }
    public LocalDate getJoinedFrom() { return joinedFrom; }
    public void setJoinedFrom(LocalDate v) { joinedFrom = v; }
    public LocalDate getJoinedTo() { return joinedTo; }
    public void setJoinedTo(LocalDate v) { joinedTo = v; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int v) { fiscalYear = new FiscalYear(v).year(); }
    public CsvEncoding getEncoding() { return encoding; }
    public void setEncoding(CsvEncoding v) { encoding = v == null ? CsvEncoding.UTF8_BOM : v; report = null; }
    public ExportKind getExportKind() { return exportKind; }
    public void setExportKind(ExportKind v) { exportKind = v == null ? ExportKind.LEDGER : v; report = null; }
}
