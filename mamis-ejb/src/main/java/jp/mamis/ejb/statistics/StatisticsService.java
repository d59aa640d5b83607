package jp.mamis.ejb.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.Role;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.audit.AccessAction;
import jp.mamis.domain.statistics.CategoryStatistics;
import jp.mamis.domain.statistics.GraduationYears;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.audit.AccessLog;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * The statistics of the calling staff's own association (never another's) as of a month end:
 * the 会員区分別会員統計表 with, for JMA, one block per prefecture, and the counts by graduation
 * year. Every view and download is written to the access log.
 */
@Stateless
@RolesAllowed(Role.Groups.STAFF)
public class StatisticsService {

    /** The earliest month asked for: the Gregorian 和暦 starts in 明治6年 (1873); earlier is an input error. */
    static final YearMonth FIRST = YearMonth.of(1873, 1);

    @Inject
    private Callers callers;

    @Inject
    private StatisticsQueries queries;

    @Inject
    private AccessLog accessLog;

    /** Both tables as of one month end, with the association they are of. */
    public record Tables(String associationName, boolean national, CategoryStatistics categories, GraduationYears graduation)
            implements Serializable {
    }

    public Tables tables(YearMonth month) {
        Callers.Staff staff = callers.staff();
        Tables t = compute(staff.association(), month);
        accessLog.record(staff.loginId(), AccessAction.VIEW_STATISTICS, new AccessLog.Subject(staff.association().getId(), null, null, null),
                "会員区分別会員統計表 " + month + " 総数=" + t.categories().whole().total());
        return t;
    }

    /** The tables as CSV (UTF-8 with BOM), e.g. {@code 会員統計_14100_2024-03.csv}. */
    public Download csv(YearMonth month) {
        Callers.Staff staff = callers.staff();
        Tables t = compute(staff.association(), month);
        byte[] bytes = StatisticsCsv.render(t.categories(), t.graduation());
        accessLog.record(staff.loginId(), AccessAction.EXPORT_STATISTICS, new AccessLog.Subject(staff.association().getId(), null, null, null),
                "会員区分別会員統計表 CSV " + month + " 総数=" + t.categories().whole().total());
        return new Download("会員統計_" + staff.association().getCode() + "_" + month + ".csv", "text/csv; charset=UTF-8",
                bytes.length, new ByteArrayInputStream(bytes));
    }

    private Tables compute(Association a, YearMonth month) {
        if (month == null || month.isBefore(FIRST) || month.isAfter(YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).plusYears(1))) {
            throw MamisException.forField("month", "statistics.month.invalid");
        }
        return new Tables(a.getName(), a.isNational(), queries.categories(a, month), queries.graduationYears(a, month));
    }
}
