package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 登録情報の変更 on a phone: the demo doctor reports a change of name keeping the present name as
 * 旧姓・旧名; 横浜市医師会 (whose demo rule approves name changes) sees it waiting and rejects it with
 * a reason, 日本医師会 sees it too; the doctor's name is as before (so the seed's My Page stays true
 * for the other tests) and My Page shows the rejection.
 */
@ExtendWith(MamisServer.class)
class RegistrationChangeJourneyIT {

    @Test
    void demoDoctorsNameChangeIsSeenByTheSecretariatsAndRejected() {
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");
            b.click("editRegistration");
            b.waitForPath("/member/registration-change.xhtml");
            assertEquals("日医 太郎", b.text("#currentName"));

            b.type("nameForm:familyName", "佐藤");
            b.type("nameForm:familyKana", "さとう");
            b.click("nameForm:offerFormer");
            b.waitForAjax();
            assertEquals("日医", b.byId("nameForm:formerFamilyName").getAttribute("value"));
            assertEquals("ニチイ", b.byId("nameForm:formerFamilyKana").getAttribute("value"));
            assertTrue(b.fitsWidth(), "the change page is wider than a phone");
            b.screenshot("regchange-name");
            b.click("nameForm:saveName");
            b.waitForPath("/member/mypage.xhtml");
            assertTrue(b.messages().contains("承認待ち"), b.messages());
            assertEquals("日医 太郎", b.text("#name"), "nothing changes before the approval");
            WebElement mine = b.find("#registrationChangeTable tbody tr");
            assertTrue(mine.getText().contains("佐藤 太郎（サトウ タロウ）"), mine.getText());
            assertTrue(mine.getText().contains("旧姓・旧名 日医 太郎（ニチイ タロウ）"), mine.getText());
            assertEquals("承認待ち", mine.findElement(By.cssSelector(".mamis-regchange-status")).getText().strip());
            assertTrue(b.fitsWidth(), "My Page is wider than a phone");
            Journeys.logout(b);

            Journeys.staffLogin(b, "s14100.op");
            b.open("/staff/registration-changes.xhtml?awaiting=true");
            WebElement row = b.find("#changes tbody tr.mamis-actionable");
            assertTrue(row.getText().contains("日医 太郎"), row.getText());
            assertTrue(row.getText().contains("佐藤 太郎"), row.getText());
            assertTrue(b.fitsWidth(), "the secretariat's list is wider than a phone");
            row.findElement(By.cssSelector("a.mamis-open")).click();
            b.waitForPath("/staff/registration-change.xhtml");
            assertEquals("承認待ち", b.text("#status"));
            b.type("decisionForm:reason", "戸籍の記載を確認できる書類を事務局へお送りください");
            b.click("decisionForm:reject");
            b.waitFor("#reasonShown");
            assertEquals("却下", b.text("#status"));
            b.screenshot("regchange-rejected");
            Journeys.logout(b);

            Journeys.staffLogin(b, "s00.op");
            b.open("/staff/registration-changes.xhtml");
            WebElement atJma = b.find("#changes tbody tr");
            assertTrue(atJma.getText().contains("日医 太郎") && atJma.getText().contains("却下"), atJma.getText());
            Journeys.logout(b);

            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");
            assertEquals("日医 太郎", b.text("#name"));
            assertEquals("山田 多郎", b.text("#formerName"));
            WebElement rejected = b.find("#registrationChangeTable tbody tr");
            assertTrue(rejected.getText().contains("却下"), rejected.getText());
            assertTrue(rejected.getText().contains("戸籍の記載を確認できる書類"), rejected.getText());
        }
    }
}
