package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static jp.mamis.it.AdmissionJourneyIT.rowTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's 異動届 end to end: the demo doctor 日医 次郎 moves on a phone from 港区 → 東京都 → 日本医師会
 * (東京都済生会中央病院) to 横浜市中区 → 横浜市 → 神奈川県 → 日本医師会 (医療法人〇〇会 横浜総合病院); the two
 * source secretariats confirm, the four destination ones approve bottom-up; My Page then shows the
 * new chain with JMA's original join date.
 */
@ExtendWith(MamisServer.class)
class TransferJourneyIT {

    private static final String PASSWORD = "Mamis-Demo-2026";
    /** 港区, 東京都 (leave), 横浜市中区, 横浜市, 神奈川県 (join), 日本医師会 (continue). */
    private static final List<String> APPROVERS = List.of("s13103.op", "s13.op", "s1410004.op", "s14100.op", "s14.op", "s00.op");

    @Test
    void theSeedsTransferIsApprovedByEveryAssociationAndKeepsTheJmaJoinDate() throws Exception {
        LocalDate on = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        String onText = on.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        Path pdf = Files.createTempFile("license", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        String applicationId;
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idtransfer", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            b.click("transfer");
            b.waitForPath("/member/admission.xhtml");
            assertTrue(b.text("#admissionForm").contains("東京都済生会中央病院：[3層] 港区医師会 A2(B) → [2層] 東京都医師会 A2(B) → [1層] 日本医師会 A2(B)"),
                    "the source group is offered as in the seed");

            b.choose("admissionForm:prefecture", "神奈川県");
            b.choose("admissionForm:facility", "医療法人〇〇会 横浜総合病院");
            b.choose("admissionForm:lowest", "[4層] 横浜市中区医師会");
            b.waitFor(".mamis-chain");
            assertTrue(b.text(".mamis-chain").contains("継続"), "JMA is marked as continued: " + b.text(".mamis-chain"));
            for (int row = 0; row < 3; row++) {
                b.choose("admissionForm:chainRows:" + row + ":category", "A2(B)");
            }
            b.screenshot("transfer-select");
            b.click("admissionForm:toInput");

            b.waitFor("#documentNotes");
            assertTrue(b.text("#documentNotes").contains("横浜市医師会：医師免許証（必須）"), b.text("#documentNotes"));
            b.typeDate("admissionForm:startDate", onText);
            b.byId("admissionForm:upload_input").sendKeys(pdf.toString());
            b.waitFor("#attachmentList a");
            b.click("admissionForm:toConfirm");

            b.waitFor("#confirmLines");
            assertEquals("東京都済生会中央病院", b.text("#confirmSourceFacility"));
            assertEquals(List.of(
                    "[3層] 港区医師会 A2(B) 退会",
                    "[2層] 東京都医師会 A2(B) 退会",
                    "[4層] 横浜市中区医師会 A2(B) 入会",
                    "[3層] 横浜市医師会 A2(B) 入会",
                    "[2層] 神奈川県医師会 A2(B) 入会",
                    "[1層] 日本医師会 A2(B) 継続（入会日そのまま）"), rowTexts(b, "#confirmLines"));
            assertEquals(onText, b.text("#confirmStartDate"));
            assertTrue(b.fitsWidth(), "the confirmation is wider than a phone");
            b.screenshot("transfer-confirm");
            b.click("admissionForm:submit");

            b.waitForPath("/member/application.xhtml");
            assertTrue(b.messages().contains("異動届を申請しました"), b.messages());
            applicationId = b.path().replaceAll(".*id=(\\d+).*", "$1");
            Journeys.logout(b);
        }

        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            for (String staff : APPROVERS) {
                Journeys.staffLogin(b, staff);
                WebElement link = b.find("#queueForm a.mamis-open");
                assertEquals(applicationId, link.getText(), staff + " sees the transfer in its queue");
                link.click();
                b.waitForPath("/staff/application.xhtml");
                b.click("decisionForm:approve");
                b.waitFor("#notActionable");
                assertTrue(b.messages().contains("承認しました"), staff + ": " + b.messages());
                Journeys.logout(b);
            }
        }

        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idtransfer", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            WebElement yokohama = b.driver().findElements(By.cssSelector(".mamis-facility")).stream()
                    .filter(f -> f.findElement(By.tagName("h3")).getText().equals("所属施設名：医療法人〇〇会 横浜総合病院"))
                    .findFirst().orElseThrow();
            assertEquals(List.of(
                    "在籍 横浜市中区医師会 A2(B) " + onText,
                    "在籍 横浜市医師会 A2(B) " + onText,
                    "在籍 神奈川県医師会 A2(B) " + onText,
                    "在籍 日本医師会 A2(B) 2015/04/01"), rowTexts(yokohama));
            assertTrue(b.text("#applications").contains("承認済"));
            String history = b.text("#historyTable");
            assertTrue(history.contains("港区医師会") && history.contains("退会（異動届）"), history);
            assertTrue(history.contains("所属施設変更（異動届）"), history);
            assertTrue(b.fitsWidth(), "My Page is wider than a phone");
            b.screenshot("transfer-mypage");
        }
    }
}
