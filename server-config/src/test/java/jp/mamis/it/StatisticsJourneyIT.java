package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat workbench on the deployed EAR: JMA's operator sees the dashboard on the landing
 * page, opens the 会員区分別会員統計表 (national block, prefecture blocks, 和暦 header) and downloads
 * it as CSV in the same session (UTF-8 with BOM, the same 総数 as the screen); the table also fits a phone.
 */
@ExtendWith(MamisServer.class)
class StatisticsJourneyIT {

    @Test
    void jmasOperatorSeesTheDashboardAndTheStatisticsTableAndDownloadsItsCsv() throws Exception {
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.staffLogin(b, "s00.op");
            b.open("/staff/index.xhtml");
            b.waitFor("#dashboard");
            assertTrue(b.text("#dashboardApplications").contains("入会届"), b.text("#dashboardApplications"));
            assertTrue(Long.parseLong(b.text("#memberTotal").strip()) >= 1, "the demo doctors are JMA members");
            b.screenshot("dashboard");

            YearMonth month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Tokyo")));
            b.open("/staff/statistics.xhtml?month=" + month);
            b.waitFor("#stat");
            LocalDate end = month.atEndOfMonth();
            String asOf = String.format("令和%d年%02d月%02d日 現在", JapaneseDate.from(end).get(ChronoField.YEAR_OF_ERA),
                    end.getMonthValue(), end.getDayOfMonth());
            assertEquals(asOf, b.text("#asOf"));
            assertTrue(b.text("#statTitle").startsWith("会員区分別会員統計表（令和"), b.text("#statTitle"));
            String firstRow = b.driver().findElement(By.cssSelector("#stat tbody tr")).getText();
            assertTrue(firstRow.startsWith("全国"), firstRow);
            assertTrue(b.pageText().contains("神奈川県医師会"), "the demo's JMA members are held through 神奈川県 (idsample's chain)");
            String nationTotal = b.driver().findElement(By.cssSelector("#stat tbody tr td")).getText().replace(",", "").strip();
            b.screenshot("statistics");

            String href = b.driver().findElement(By.id("csv")).getAttribute("href");
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + b.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            byte[] body = csv.body();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(body, 3));
            String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertTrue(lines[1].endsWith(asOf), lines[1]);
            assertTrue(lines[3].startsWith("全国," + nationTotal + ","), lines[3]);
            Journeys.logout(b);
        }
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.staffLogin(b, "s14100.op");
            b.open("/staff/statistics.xhtml");
            b.waitFor("#stat");
            assertTrue(b.fitsWidth(), "the statistics table is wider than the phone");
            b.screenshot("statistics-phone");
        }
    }
}
