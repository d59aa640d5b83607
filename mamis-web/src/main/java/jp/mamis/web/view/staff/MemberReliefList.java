package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.ejb.fee.ReliefService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * 会員一覧（会費減免）: the active members of the caller's association, paged in the database
 * (a lazy data table: each page is one service call, logged there), with the relief each gets
 * in the chosen fiscal year.
 */
@Named
@ViewScoped
public class MemberReliefList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ReliefService service;

    private int fiscalYear = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).year();

    private final LazyDataModel<ReliefService.MemberRow> members = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.memberCount());
        }

        @Override
        public List<ReliefService.MemberRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                  Map<String, FilterMeta> filterBy) {
            return service.members(new FiscalYear(fiscalYear), first, pageSize);
        }

        @Override
        public String getRowKey(ReliefService.MemberRow row) {
            return String.valueOf(row.membershipId());
        }
    };

    /** The fiscal years offered: last, this and the next two. */
    public List<Integer> getFiscalYears() {
        int now = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo"))).year();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public LazyDataModel<ReliefService.MemberRow> getMembers() { return members; }
    public int getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(int v) { fiscalYear = new FiscalYear(v).year(); }
}
