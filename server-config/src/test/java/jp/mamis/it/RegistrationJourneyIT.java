package jp.mamis.it;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A doctor registers (consent first), logs in and finds on マイページ what was entered, edits the
 * contact data and logs out — on a PC and on a phone.
 */
@ExtendWith(MamisServer.class)
class RegistrationJourneyIT {

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {Browser.PC_WIDTH, Browser.PHONE_WIDTH})
    void registerConsentLoginAndSeeMyPage(int width) {
        String number = width == Browser.PC_WIDTH ? "345678" : "345679";
        String loginId = "yamada" + width;
        String email = "hanako" + width + "@example.jp";
        String password = "とても長いパスワード-" + width;
        try (Browser b = new Browser(width)) {
            b.open("/login.xhtml");
            b.click("registerLink");
            b.waitForPath("/register.xhtml");

            // step 1: the consent box is required
            b.click("registrationForm:toInput");
            assertEquals("利用規約・個人情報の取り扱いに同意してください。", b.messageFor("registrationForm:agreed"));
            b.screenshot("register-consent-error");
            b.tick("registrationForm:agreed");
            b.click("registrationForm:toInput");
            b.waitFor("[id='registrationForm:registrationNumber']");

            // step 2: bad input is named field by field
            b.type("registrationForm:registrationNumber", "0123");
            b.type("registrationForm:familyKana", "山田");
            b.type("registrationForm:postalCode", "12-345");
            b.click("registrationForm:toConfirm");
            assertTrue(b.messageFor("registrationForm:registrationNumber").contains("医籍登録番号"),
                    b.messageFor("registrationForm:registrationNumber"));
            assertTrue(b.messageFor("registrationForm:familyKana").contains("全角カタカナ"));
            assertTrue(b.messageFor("registrationForm:givenName").contains("入力してください"));
            b.screenshot("register-input-errors");

            b.type("registrationForm:registrationNumber", number);
            b.typeDate("registrationForm:registrationDate", "2012/04/20");
            b.type("registrationForm:familyName", "山田");
            b.type("registrationForm:givenName", "花子");
            b.type("registrationForm:familyKana", "やまだ"); // hiragana is turned into katakana
            b.type("registrationForm:givenKana", "ハナコ");
            b.type("registrationForm:formerFamilyName", "佐藤");
            b.type("registrationForm:formerGivenName", "花子");
            b.type("registrationForm:formerFamilyKana", "サトウ");
            b.type("registrationForm:formerGivenKana", "ハナコ");
            b.tick("registrationForm:useFormerNameOnMail");
            b.radio("registrationForm:sex", "女性");
            b.typeDate("registrationForm:birthDate", "1986/07/15");
            b.type("registrationForm:postalCode", "２３１－００１７"); // full-width digits are fine
            b.choose("registrationForm:prefecture", "神奈川県");
            b.type("registrationForm:city", "横浜市中区");
            b.type("registrationForm:street", "港町1-1");
            b.type("registrationForm:tel", "045-671-2121");
            b.type("registrationForm:mobile", "090-1234-5678");
            b.type("registrationForm:email", email);
            b.type("registrationForm:graduationUniversity", "横浜市立大学");
            b.typeDate("registrationForm:graduationDate", "2012/03/20");
            b.type("registrationForm:loginId", loginId);
            b.type("registrationForm:password", password);
            b.type("registrationForm:passwordConfirmation", password);
            b.click("registrationForm:toConfirm");

            // step 3: confirm, then register
            b.waitFor("#confirmation");
            assertTrue(b.text("#confirmation").contains("山田 花子（ヤマダ ハナコ）"), b.text("#confirmation"));
            b.screenshot("register-confirm");
            b.click("registrationForm:register");
            b.waitForPath("/login.xhtml");
            assertTrue(b.messages().contains("利用者登録が完了しました"));

            // log in: a new session id, and My Page shows what was entered
            String before = b.cookie("JSESSIONID");
            b.type("loginForm:loginId", loginId);
            b.type("loginForm:password", password);
            b.click("loginForm:submit");
            b.waitForPath("/member/mypage.xhtml");
            assertNotEquals(before, b.cookie("JSESSIONID"), "the session id must change at login");
            assertEquals(loginId, b.text("#loginId"));
            assertEquals(email, b.text("#email"));
            assertEquals(number, b.text("#registrationNumber"));
            assertEquals("2012/04/20", b.text("#registrationDate"));
            assertEquals("山田 花子", b.text("#name"));
            assertEquals("ヤマダ ハナコ", b.text("#nameKana"));
            assertEquals("佐藤 花子", b.text("#formerName"));
            assertTrue(b.text("#formerNameUse").contains("使用する"));
            assertEquals("231-0017 神奈川県横浜市中区港町1-1", b.text("#address"));
            assertEquals("045-671-2121", b.text("#tel"));
            assertEquals("090-1234-5678", b.text("#mobile"));
            assertEquals("-", b.text("#fax"));
            assertEquals("女性", b.text("#sex"));
            assertEquals("1986/07/15", b.text("#birthDate"));
            assertTrue(b.text("#graduation").contains("横浜市立大学"));
            assertEquals("所属している医師会はありません。", b.text("#noMemberships"));
            assertTrue(b.fitsWidth(), "My Page is wider than the window");
            b.screenshot("register-mypage");

            // edit the contact data
            b.click("editContact");
            b.waitForPath("/member/contact.xhtml");
            b.type("contactForm:fax", "ab");
            b.click("contactForm:save");
            assertTrue(b.messageFor("contactForm:fax").contains("電話番号"));
            b.type("contactForm:fax", "045-671-2122");
            b.type("contactForm:street", "港町1-2");
            b.click("contactForm:save");
            b.waitForPath("/member/mypage.xhtml");
            assertTrue(b.messages().contains("連絡先を変更しました"));
            assertEquals("045-671-2122", b.text("#fax"));
            assertEquals("231-0017 神奈川県横浜市中区港町1-2", b.text("#address"));

            // log out: the member pages need a login again
            String loggedIn = b.cookie("JSESSIONID");
            Journeys.logout(b);
            assertTrue(b.messages().contains("ログアウトしました"));
            assertNotEquals(loggedIn, b.cookie("JSESSIONID"));
            b.open("/member/mypage.xhtml");
            b.waitForPath("/login.xhtml");
            assertTrue(b.driver().findElements(By.id("loginId")).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {Browser.PC_WIDTH})
    void wrongPasswordIsRefusedWithoutSayingWhy(int width) {
        try (Browser b = new Browser(width)) {
            Journeys.login(b, "idsample", "not-the-password-at-all");
            assertTrue(b.messages().contains("ログインIDまたはパスワードが正しくありません"));
            Journeys.login(b, "nobody-here", "not-the-password-at-all");
            assertTrue(b.messages().contains("ログインIDまたはパスワードが正しくありません"));
            assertEquals("/login.xhtml", b.path().replaceAll("[?;].*", ""));
        }
    }
}
