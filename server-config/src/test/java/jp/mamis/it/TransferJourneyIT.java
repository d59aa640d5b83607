package jp.mamis.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
 * new chain with JMA's original join date. Then (the same doctor, so in order) a 退会届 of
 * 神奈川県医師会 and 日本医師会 with 神奈川県医師会's announcement read first, confirmed by both.
 */
@ExtendWith(MamisServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferJourneyIT {

    private static final String PASSWORD = "Mamis-Demo-2026";
    /** 港区, 東京都 (leave), 横浜市中区, 横浜市, 神奈川県 (join), 日本医師会 (continue). */
    private static final List<String> APPROVERS = List.of("s13103.op", "s13.op", "s1410004.op", "s14100.op", "s14.op", "s00.op");

    @Test
    @Order(1)
    void theSeedsTransferIsApprovedByEveryAssociationAndKeepsTheJmaJoinDate() throws Exception {
        LocalDate on = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        String onText = on.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        Path pdf = Journeys.licencePdf();

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
            Journeys.approveInTurn(b, APPROVERS, applicationId, (staff, page) -> { });
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

    @Test
    @Order(2)
    void aWithdrawalOfThePrefectureAndJmaShowsTheAnnouncementAndEndsBothWhenConfirmed() throws Exception {
        LocalDate on = LocalDate.now().plusMonths(2).withDayOfMonth(1).minusDays(1);
        String onText = on.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        String applicationId;
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idtransfer", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            b.click("withdrawal");
            b.waitForPath("/member/withdrawal.xhtml");
            b.radio("withdrawalForm:chain", "医療法人〇〇会 横浜総合病院：[4層] 横浜市中区医師会 A2(B) → [3層] 横浜市医師会 A2(B) → [2層] 神奈川県医師会 A2(B) → [1層] 日本医師会 A2(B)");
            b.waitForAjax();
            b.radio("withdrawalForm:pattern", "都道府県医師会と日本医師会を退会する");
            b.waitForAjax();
            b.typeDate("withdrawalForm:startDate", onText);
            b.waitFor("#notices");
            assertEquals(List.of("[2層] 神奈川県医師会", "[1層] 日本医師会"),
                    b.driver().findElements(By.cssSelector("#leaving li")).stream().map(WebElement::getText).toList());
            assertTrue(b.text("#notices").contains("神奈川県医師会：年度の途中で退会された場合も"), b.text("#notices"));
            b.click("withdrawalForm:toConfirm");
            assertTrue(b.messages().contains("お知らせを確認し、チェックを入れてください"), "the notices must be acknowledged: " + b.messages());
            b.tick("withdrawalForm:noticesRead");
            b.screenshot("withdrawal-input");
            b.click("withdrawalForm:toConfirm");
            b.waitFor("#confirmLeaving");
            assertEquals(onText, b.text("#confirmDate"));
            b.click("withdrawalForm:submit");
            b.waitForPath("/member/application.xhtml");
            assertTrue(b.messages().contains("退会届を申請しました"), b.messages());
            applicationId = b.path().replaceAll(".*id=(\\d+).*", "$1");
            Journeys.logout(b);
        }
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.approveInTurn(b, List.of("s14.op", "s00.op"), applicationId, (staff, page) ->
                    assertTrue(page.text(".mamis-decision-note").contains("退会の確認です"), page.text(".mamis-decision-note")));
        }

        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idtransfer", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            WebElement yokohama = b.driver().findElements(By.cssSelector(".mamis-facility")).stream()
                    .filter(f -> f.findElement(By.tagName("h3")).getText().equals("所属施設名：医療法人〇〇会 横浜総合病院"))
                    .findFirst().orElseThrow();
            List<String> rows = rowTexts(yokohama);
            assertTrue(rows.get(0).startsWith("在籍 横浜市中区医師会") && rows.get(1).startsWith("在籍 横浜市医師会"), rows.toString());
            assertTrue(rows.get(2).startsWith("退会 神奈川県医師会") && rows.get(3).startsWith("退会 日本医師会"), rows.toString());
            assertTrue(b.text("#historyTable").contains("退会（退会届）"), b.text("#historyTable"));
            b.screenshot("withdrawal-mypage");
        }
    }
}
