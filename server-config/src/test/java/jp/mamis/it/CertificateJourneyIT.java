package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo doctor asks for a 在籍証明書 of 日本医師会 (issued at once), and anyone, signed out,
 * checks the printed code on the verification page: by the link, by typing it, and a forged one.
 */
@ExtendWith(MamisServer.class)
class CertificateJourneyIT {

    @Test
    void theDemoDoctorGetsACertificateThatTheVerifyPageConfirms() {
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/member/mypage.xhtml");
            b.click("certificate");
            b.waitForPath("/member/certificate.xhtml");
            b.radio("certificateForm:association", "日本医師会");
            b.click("certificateForm:request");
            String code = b.text("#verificationCode");
            assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}"), code);
            assertTrue(b.messages().contains("在籍証明書を発行しました"), b.messages());
            String number = b.text("#number");
            assertTrue(number.startsWith("00-"), number);
            b.screenshot("certificate-issued");

            b.open("/member/mypage.xhtml");
            assertTrue(b.text("#certificates").contains(number), b.text("#certificates"));

            Journeys.logout(b);
            b.open("/verify.xhtml?code=" + code);
            assertEquals("有効な在籍証明書です。", b.text("#verdict"));
            assertEquals(number, b.text("#number"));
            assertEquals("日本医師会", b.text("#association"));
            assertEquals("日医 太郎", b.text("#memberName"));
            b.screenshot("certificate-verified");

            b.open("/verify.xhtml");
            b.type("verifyForm:code", code.replace("-", " ").toLowerCase(java.util.Locale.ROOT));
            b.click("verifyForm:check");
            assertEquals("有効な在籍証明書です。", b.text("#verdict"));

            b.open("/verify.xhtml?code=" + "0000-0000-0000-0000-0000-0000-0000");
            assertTrue(b.text("#notGenuine").contains("この照合コードの在籍証明書はありません"), b.pageText());
            assertTrue(b.driver().findElements(org.openqa.selenium.By.id("memberName")).isEmpty());
        }
    }
}
