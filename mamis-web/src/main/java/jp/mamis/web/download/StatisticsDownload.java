package jp.mamis.web.download;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamis.domain.MamisException;
import jp.mamis.ejb.application.Download;
import jp.mamis.ejb.statistics.StatisticsService;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The statistics of the signed-in staff's own association as CSV ({@code /staff/statistics-csv?month=2024-03}).
 * A bad month answers 400, a caller who may not see them 404; sent as an attachment like every download.
 */
@WebServlet("/staff/statistics-csv")
public class StatisticsDownload extends HttpServlet {

    @EJB
    private StatisticsService statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.getParameter("month")));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Download d;
        try {
            d = statistics.csv(month);
        } catch (MamisException e) {
            response.sendError("statistics.month.invalid".equals(e.getKey()) ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        Downloads.send(response, d);
    }
}
