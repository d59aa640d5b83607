package jp.mamis.it;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo doctor's マイページ reproduces the seed's screen, on a PC and on a phone. */
@ExtendWith(MamisServer.class)
class DemoMyPageIT {

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {Browser.PC_WIDTH, Browser.PHONE_WIDTH})
    void demoDoctorSeesTheSeedsMyPage(int width) {
        try (Browser b = new Browser(width)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");

            assertEquals("idsample", b.text("#loginId"));
            assertEquals("example@mail.com", b.text("#email"));
            assertEquals("200001", b.text("#registrationNumber"));
            assertEquals("2006/03/31", b.text("#registrationDate"));
            assertEquals("日医 太郎", b.text("#name"));
            assertEquals("ニチイ タロウ", b.text("#nameKana"));
            assertEquals("山田 多郎", b.text("#formerName"));
            assertEquals("ヤマダ タロウ", b.text("#formerNameKana"));
            assertTrue(b.text("#formerNameUse").contains("送付物の宛名に旧姓・旧名を使用する"));
            assertEquals("113-8621 東京都文京区本駒込2-28-16", b.text("#address"));
            assertEquals("1984/10/10", b.text("#birthDate"));

            List<WebElement> facilities = b.driver().findElements(By.cssSelector(".mamis-facility"));
            assertEquals(2, facilities.size());
            assertEquals("所属施設名：横浜市立市民病院", facilities.get(0).findElement(By.tagName("h3")).getText());
            assertEquals(List.of(
                    List.of("在籍", "横浜市青葉区医師会", "A1", "-"),
                    List.of("在籍", "横浜市医師会", "A1", "-"),
                    List.of("在籍", "神奈川県医師会", "A1", "-"),
                    List.of("在籍", "日本医師会", "A1", "2020/06/01")), rows(facilities.get(0)));
            assertEquals("所属施設名：市立札幌市民病院", facilities.get(1).findElement(By.tagName("h3")).getText());
            assertEquals(List.of(
                    List.of("在籍", "札幌市医師会", "A2(B)", "1999/06/01"),
                    List.of("在籍", "北海道医師会", "A2(B)", "1999/06/01")), rows(facilities.get(1)));

            assertTrue(b.fitsWidth(), "My Page is wider than the window at " + width + " px");
            b.screenshot("demo-mypage");
        }
    }

    /** Cell texts per row; on a phone each cell is "label value", so only the value is kept. */
    private static List<List<String>> rows(WebElement facility) {
        return facility.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getAttribute("textContent").strip())
                        .toList())
                .toList();
    }
}
