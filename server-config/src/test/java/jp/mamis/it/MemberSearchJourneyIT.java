package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 会員検索 on the deployed EAR: 横浜市医師会's operator searches its members by kana typed in
 * hiragana, opens the demo doctor, sees the membership history, and downloads the 会員台帳 CSV
 * of the result (fetched with the browser's session cookie: UTF-8 with BOM, an attachment, only
 * the member searched for).
 */
@ExtendWith(MamisServer.class)
class MemberSearchJourneyIT {

    @Test
    void aSecretariatSearchesByKanaOpensTheMemberAndDownloadsTheLedger() throws Exception {
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.staffLogin(b, "s14100.op");
            b.open("/staff/members.xhtml");
            b.type("membersForm:name", "にちい たろう");
            b.click("membersForm:search");
            b.waitForAjax();
            WebElement row = b.driver().findElements(By.cssSelector("#membersForm\\:members tbody tr")).stream()
                    .filter(r -> r.getAttribute("textContent").contains("日医 太郎")).findFirst()
                    .orElseThrow(() -> new AssertionError("日医 太郎 not found: " + b.pageText()));
            assertTrue(row.getText().contains("200001"), row.getText());
            assertEquals(1, b.driver().findElements(By.cssSelector("#membersForm\\:members tbody tr")).size(),
                    "only 日医 太郎 starts with ニチイタロウ");
            b.click("membersForm:showBreakdown");
            b.waitForAjax();
            assertTrue(b.text("#breakdownCategory").contains("A1"), b.text("#breakdownCategory"));
            b.screenshot("member-search");

            String href = b.byId("membersForm:downloadCsv").getAttribute("href");
            assertTrue(href.contains("kind=ledger") && href.contains("enc=utf8"), href);
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + b.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
            assertEquals("nosniff", csv.headers().firstValue("X-Content-Type-Options").orElse(""));
            byte[] body = csv.body();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n");
            assertEquals(2, lines.length, text);
            assertTrue(lines[0].startsWith("医籍登録番号,氏名,フリガナ,"), lines[0]);
            assertTrue(lines[1].startsWith("200001,日医 太郎,ニチイ タロウ,山田 多郎,ヤマダ タロウ,"), lines[1]);

            // the member's detail with the history of the membership at 横浜市医師会
            row.findElement(By.cssSelector("a.mamis-member-link")).click();
            b.waitForPath("/staff/member.xhtml");
            assertEquals("200001", b.text("#registrationNumber"));
            assertTrue(b.text("#memberships").contains("横浜市医師会"), b.text("#memberships"));
            assertTrue(b.text("#memberships").contains("入会"), b.text("#memberships"));
            b.screenshot("member-detail");

            // another association's member by id: 404
            HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(href.substring(0, href.indexOf("/staff/")) + "/staff/member.xhtml?id=999999999"))
                    .header("Cookie", "JSESSIONID=" + b.cookie("JSESSIONID")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, other.statusCode());
            Journeys.logout(b);
        }
    }
}
