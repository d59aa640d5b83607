package jp.mamis.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.statistics.CategoryBlock;
import jp.mamis.domain.statistics.CategoryColumn;
import jp.mamis.domain.statistics.SexRow;
import jp.mamis.ejb.statistics.StatisticsService;
import jp.mamis.web.faces.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * 統計: the 会員区分別会員統計表 and the graduation-year counts of the own association as of the end
 * of {@code ?month=yyyy-MM} (default: the last month that has ended), with the CSV link and a
 * print button (the print stylesheet keeps only the tables).
 */
@Named
@RequestScoped
public class StatisticsPage {

    @EJB
    private StatisticsService service;

    private String month;
    private StatisticsService.Tables tables;

    public void load() {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.from(LocalDate.now(ZoneId.of("Asia/Tokyo")).withDayOfMonth(1).minusDays(1))
                    : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            Messages.error(null, "statistics.month.invalid");
            return;
        }
        month = m.toString();
        try {
            tables = service.tables(m);
        } catch (MamisException e) {
            Messages.error(null, e.getKey(), e.getArgs());
        }
    }

    /** A cell as printed: with thousands separators. */
    public String cell(CategoryBlock b, SexRow r, CategoryColumn c) {
        return String.format("%,d", b.get(r, c));
    }

    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public StatisticsService.Tables getTables() { return tables; }
}
