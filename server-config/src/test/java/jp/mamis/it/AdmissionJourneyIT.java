package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 入会届 end to end: the demo doctor without memberships files 横浜市中区医師会 → 横浜市医師会 →
 * 神奈川県医師会 → 日本医師会 on a phone with a licence PDF; each tier's secretariat approves on a PC
 * in turn; My Page then shows the four memberships from the requested date.
 */
@ExtendWith(MamisServer.class)
class AdmissionJourneyIT {

    private static final String PASSWORD = "Mamis-Demo-2026";
    /** Staff of 横浜市中区医師会, 横浜市医師会, 神奈川県医師会, 日本医師会 (demo: s{code}.op). */
    private static final List<String> APPROVERS = List.of("s1410004.op", "s14100.op", "s14.op", "s00.op");

    @Test
    void admissionFiledOnAPhoneIsApprovedTierByTierAndShowsOnMyPage() throws Exception {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        String startText = start.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        Path pdf = Journeys.licencePdf();

        String applicationId;
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idnew", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            b.click("admission");
            b.waitForPath("/member/admission.xhtml");

            b.choose("admissionForm:prefecture", "神奈川県");
            b.choose("admissionForm:facility", "横浜市立市民病院");
            b.choose("admissionForm:lowest", "[4層] 横浜市中区医師会");
            b.waitFor(".mamis-chain");
            assertTrue(b.text(".mamis-chain").contains("横浜市医師会の規定により"), "the scope of 横浜市医師会 is explained");
            for (int row = 0; row < 4; row++) {
                b.choose("admissionForm:chainRows:" + row + ":category", "A1");
            }
            assertTrue(b.text("#categoryCriteria").contains("医療法に基づく研修医"));
            b.screenshot("admission-select");
            b.click("admissionForm:toInput");

            b.waitFor("#documentNotes");
            assertTrue(b.text("#documentNotes").contains("横浜市医師会：医師免許証（必須）"), b.text("#documentNotes"));
            b.typeDate("admissionForm:startDate", startText);
            b.byId("admissionForm:upload_input").sendKeys(pdf.toString());
            b.waitFor("#attachmentList a");
            assertTrue(b.text("#attachmentList").contains("医師免許証"));
            b.screenshot("admission-input");
            b.click("admissionForm:toConfirm");

            b.waitFor("#confirmLines");
            assertEquals(List.of("[4層] 横浜市中区医師会 A1 入会", "[3層] 横浜市医師会 A1 入会", "[2層] 神奈川県医師会 A1 入会",
                    "[1層] 日本医師会 A1 入会"), rowTexts(b, "#confirmLines"));
            assertEquals(startText, b.text("#confirmStartDate"));
            assertTrue(b.fitsWidth(), "the confirmation is wider than a phone");
            b.click("admissionForm:submit");

            b.waitForPath("/member/application.xhtml");
            assertTrue(b.messages().contains("入会届を申請しました"), b.messages());
            assertEquals("審査中", b.text("#applicationStatus"));
            applicationId = b.path().replaceAll(".*id=(\\d+).*", "$1");
            Journeys.logout(b);
        }

        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.approveInTurn(b, APPROVERS, applicationId, (staff, page) -> {
                assertTrue(page.text("#applicationAttachments").contains("license"),
                        staff + " sees the licence the member let every association see");
                if (staff.equals(APPROVERS.get(0))) {
                    page.screenshot("review-detail");
                }
            });
        }

        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idnew", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            List<WebElement> facilities = b.driver().findElements(By.cssSelector(".mamis-facility"));
            assertEquals(1, facilities.size());
            assertEquals("所属施設名：横浜市立市民病院", facilities.get(0).findElement(By.tagName("h3")).getText());
            assertEquals(List.of(
                    "在籍 横浜市中区医師会 A1 " + startText,
                    "在籍 横浜市医師会 A1 " + startText,
                    "在籍 神奈川県医師会 A1 " + startText,
                    "在籍 日本医師会 A1 " + startText), rowTexts(facilities.get(0)));
            assertTrue(b.text("#applications").contains("承認済"));
            b.screenshot("admission-mypage");
        }
    }

    static List<String> rowTexts(Browser b, String table) {
        return rowTexts(b.find(table));
    }

    /** Each body row's cell values joined by a space (the phone layout's labels are CSS, not text). */
    static List<String> rowTexts(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> String.join(" ", tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getAttribute("textContent").replaceAll("\\s+", " ").strip()).toList()))
                .toList();
    }
}
