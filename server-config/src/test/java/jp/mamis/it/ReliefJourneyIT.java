package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 会費減免 and the category review at the end of training on the deployed EAR: the demo resident
 * (idresident, A2(C) from 横浜市中区 up to JMA, training ended) sees her relief and the category
 * notices on a phone; 中区's operator applies the change on a PC; My Page then says it changed.
 */
@ExtendWith(MamisServer.class)
class ReliefJourneyIT {

    private static final String PASSWORD = "Mamis-Demo-2026";

    @Test
    void theResidentSeesHerReliefAndTheSecretariatAppliesTheCategoryChange() {
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idresident", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            WebElement jma = row(b, "#reliefTable tbody tr", "日本医師会");
            String thisYear = jma.findElement(By.cssSelector(".mamis-relief-this")).getText();
            assertTrue(thisYear.contains("卒後5年減免"), thisYear);
            assertTrue(thisYear.contains("研修医（A2(C)会員）"), thisYear);
            assertTrue(row(b, "#reliefTable tbody tr", "横浜市中区医師会").getText().contains("なし"),
                    "中区 has no relief rules");
            List<WebElement> notices = b.driver().findElements(By.cssSelector("#categoryNotices li"));
            assertEquals(4, notices.size(), "one notice per membership of the chain");
            assertTrue(notices.stream().allMatch(n -> n.getText().contains("A2(C) から A2(B)")));
            assertTrue(b.fitsWidth(), "My Page is wider than the phone");
            b.screenshot("relief-mypage-phone");
            Journeys.logout(b);
        }
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.staffLogin(b, "s1410004.op");
            b.open("/staff/members.xhtml");
            WebElement member = row(b, "#membersForm\\:members tbody tr", "日医 研修子");
            assertTrue(member.getText().contains("A2(C)"));
            b.open("/staff/category-reviews.xhtml");
            WebElement task = row(b, "#tasksForm\\:tasks tbody tr", "日医 研修子");
            assertTrue(task.getText().contains("A2(C) → A2(B)"));
            task.findElement(By.cssSelector("button[id$=':apply']")).click();
            b.waitForAjax();
            assertTrue(b.text("#messages").contains("A2(C) から A2(B) に変更しました"), b.text("#messages"));
            assertTrue(b.driver().findElements(By.xpath("//tr[contains(., '日医 研修子')]")).isEmpty(), "the task is done");
            b.screenshot("category-review-applied");
            Journeys.logout(b);
        }
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idresident", PASSWORD);
            b.waitForPath("/member/mypage.xhtml");
            assertTrue(b.driver().findElements(By.cssSelector("#categoryNotices li")).stream()
                    .anyMatch(n -> n.getText().startsWith("横浜市中区医師会での会員区分は A2(C) から A2(B) に変更されました")));
            assertEquals("A2(B)", row(b, "#reliefTable tbody tr", "横浜市中区医師会")
                    .findElements(By.tagName("td")).get(1).getAttribute("textContent").strip());
        }
    }

    private static WebElement row(Browser b, String rows, String containing) {
        b.waitFor(rows);
        return b.driver().findElements(By.cssSelector(rows)).stream()
                .filter(r -> r.getAttribute("textContent").contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + containing + " in " + rows));
    }
}
